# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(parley_core PRIVATE
    text/document.h
    text/loader.h text/loader.cpp
    text/htmltext.h text/htmltext.cpp
    text/feed.h text/feed.cpp
    text/markdowntext.h text/markdowntext.cpp
    text/textdate.h text/textdate.cpp
    text/textdecode.h text/textdecode.cpp
    text/flatjson.h text/flatjson.cpp
    text/sentencesplitter.h text/sentencesplitter.cpp)
