# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(parley_core PRIVATE
    io/corpusbuilder.h io/corpusbuilder.cpp
    io/exporter.h io/exporter.cpp
    io/exportoptions.h io/exportoptions.cpp
    io/jsonexport.h io/jsonexport.cpp
    io/jsonl.h io/jsonl.cpp
    io/jsonwriter.h io/jsonwriter.cpp
    io/savefile.h io/savefile.cpp)
