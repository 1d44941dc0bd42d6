target_sources(parley_core PRIVATE
    analysis/adjacency.h analysis/adjacency.cpp
    analysis/centrality.h analysis/centrality.cpp
    analysis/communities.h analysis/communities.cpp
    analysis/paths.h analysis/paths.cpp
    analysis/metrics.h analysis/metrics.cpp)
