target_sources(parley_core PRIVATE layout/forcelayout.h layout/placeholder.cpp)
