target_sources(parley_core PRIVATE text/document.h text/loader.h text/sentencesplitter.h)
