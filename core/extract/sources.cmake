target_sources(parley_core PRIVATE
    extract/extraction.h extract/extraction.cpp
    extract/gazetteer.h
    extract/extractor.h
    extract/placeholder.cpp)
