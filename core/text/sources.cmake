target_sources(parley_core PRIVATE
    text/document.h
    text/loader.h text/loader.cpp
    text/sentencesplitter.h text/sentencesplitter.cpp)
