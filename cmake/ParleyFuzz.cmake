# SPDX-License-Identifier: GPL-3.0-or-later
# PARLEY_FUZZ builds the libFuzzer targets in tests/fuzz with clang. Everything Parley compiles
# gets coverage instrumentation and ASan + UBSan, so a crash anywhere in core is found.
option(PARLEY_FUZZ "Build the libFuzzer targets (needs clang)" OFF)

if(PARLEY_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "PARLEY_FUZZ needs clang: configure with the \"fuzz\" preset "
                            "or -DCMAKE_CXX_COMPILER=clang++")
    endif()
    parley_sanitize(-fsanitize=fuzzer-no-link)
    add_subdirectory(${PROJECT_SOURCE_DIR}/tests/fuzz ${CMAKE_BINARY_DIR}/tests/fuzz)
endif()
