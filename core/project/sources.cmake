# SPDX-License-Identifier: GPL-3.0-or-later
# parley_project: projects (.parley SQLite files through Qt SQL), corrections as rules and
# the pipeline that keeps them. Its own library because it alone needs Qt6::Sql; the rest of
# core stays Qt Core and Boost.
add_library(parley_project STATIC
    project/edit.h project/edit.cpp
    project/corrections.h project/corrections.cpp
    project/projectdata.h
    project/recordcodec.h project/recordcodec.cpp
    project/projectfile.h project/projectfile.cpp
    project/pipeline.h project/pipeline.cpp
    project/review.h project/review.cpp
    project/incrementalcorrections.h project/incrementalcorrections.cpp)
add_library(parley::project ALIAS parley_project)
target_link_libraries(parley_project
    PUBLIC parley::core
    PRIVATE Qt6::Sql parley::warnings)
