target_sources(parley_core PRIVATE layout/forcelayout.h layout/forcelayout.cpp)
