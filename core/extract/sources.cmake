target_sources(parley_core PRIVATE
    extract/extraction.h extract/extraction.cpp
    extract/gazetteer.h extract/gazetteer.cpp extract/gazetteerdata.h
    extract/gazetteerimage.h extract/gazetteerimage.cpp
    extract/tokenizer.h extract/tokenizer.cpp
    extract/dates.h extract/dates.cpp
    extract/lexicon.h extract/lexicon.cpp
    extract/documentcontext.h extract/keyliteral.h
    extract/officials.cpp
    extract/meetingpasses.h extract/meetings.cpp extract/meetingtriggers.cpp
    extract/meetingparties.cpp extract/meetingstatus.cpp extract/meetingplace.cpp
    extract/meetingwhere.cpp extract/meetingmerge.cpp
    extract/extractor.h extract/extractor.cpp)
