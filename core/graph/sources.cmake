target_sources(parley_core PRIVATE graph/corpusgraph.h graph/corpusgraph.cpp
    graph/projection.h graph/projection.cpp
    graph/officialroles.h graph/officialroles.cpp)
