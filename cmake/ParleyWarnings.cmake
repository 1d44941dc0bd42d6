# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings and sanitizers live on one interface target that every Parley target links.
option(PARLEY_WERROR "Treat warnings as errors" OFF)
option(PARLEY_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(parley_warnings INTERFACE)
add_library(parley::warnings ALIAS parley_warnings)
target_compile_options(parley_warnings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic>
    $<$<AND:$<CXX_COMPILER_ID:GNU,Clang>,$<BOOL:${PARLEY_WERROR}>>:-Werror>)
target_compile_definitions(parley_warnings INTERFACE
    QT_NO_KEYWORDS QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER
    BOOST_ALLOW_DEPRECATED_HEADERS)

# ASan + UBSan on everything Parley compiles (the extra compile options go along, e.g. the
# fuzzer's coverage), with bounds-checked standard containers: an index one past a vector's
# end reads its spare capacity, which ASan alone does not see. PARLEY_SANITIZED tells the tests
# (gcc defines __SANITIZE_ADDRESS__, clang 14 does not).
function(parley_sanitize)
    target_compile_options(parley_warnings INTERFACE
        ${ARGN} -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(parley_warnings INTERFACE -fsanitize=address,undefined)
    target_compile_definitions(parley_warnings INTERFACE _GLIBCXX_ASSERTIONS PARLEY_SANITIZED)
endfunction()

if(PARLEY_SANITIZE)
    parley_sanitize()
endif()
