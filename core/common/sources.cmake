target_sources(parley_core PRIVATE common/result.h)
