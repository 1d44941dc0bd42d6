target_sources(parley_core PRIVATE graph/corpusgraph.h graph/corpusgraph.cpp
    graph/datespan.h graph/datespan.cpp
    graph/projection.h graph/projection.cpp
    graph/officialroles.h graph/officialroles.cpp
    graph/timesteps.h graph/timesteps.cpp)
