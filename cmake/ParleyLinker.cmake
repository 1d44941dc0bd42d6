# SPDX-License-Identifier: GPL-3.0-or-later
# Links with lld when the compiler can use it (scripts/setup installs it). Each of the seventy-odd
# test, benchmark and fuzz programs carries parley_core's debug information, which GNU ld copies
# slowly; lld links the same programs in a fraction of the time. PARLEY_LLD=OFF keeps the default.
option(PARLEY_LLD "Link with lld when available" ON)

if(PARLEY_LLD)
    include(CheckLinkerFlag)
    check_linker_flag(CXX -fuse-ld=lld PARLEY_HAVE_LLD)
    if(PARLEY_HAVE_LLD)
        target_link_options(parley_warnings INTERFACE -fuse-ld=lld)
    else()
        message(STATUS "lld not found (package lld): linking with the compiler's default linker")
    endif()
endif()
