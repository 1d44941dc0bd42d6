# SPDX-License-Identifier: GPL-3.0-or-later
# project(VERSION) is the one place the version is set; the files that must repeat it (the
# newest AppStream release and the man page header) are checked against it here.
# Usage: cmake -DVERSION=x.y.z -DMETAINFO=file "-DMANPAGES=file;file" -P check_versions.cmake
file(READ ${METAINFO} metainfo)
string(REGEX MATCH "<release[^>]*version=\"([^\"]+)\"" _ "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR
        "${METAINFO}: newest <release> is '${CMAKE_MATCH_1}', project version is ${VERSION}")
endif()
foreach(manpage ${MANPAGES})
    file(STRINGS ${manpage} th REGEX "^\\.TH ")
    string(REGEX MATCH "\"Parley ([^\"]+)\"" _ "${th}")
    if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
        message(FATAL_ERROR "${manpage}: .TH says Parley '${CMAKE_MATCH_1}', project version is ${VERSION}")
    endif()
endforeach()
message(STATUS "metainfo and man pages all say ${VERSION}")
