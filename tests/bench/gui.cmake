# SPDX-License-Identifier: GPL-3.0-or-later
# GUI benchmarks: full repaints at 1k/5k/20k/100k nodes, pan/zoom/hover/select frames at
# 20k and 100k, and the live layout's frame rate, each against a same-run frame-blit
# baseline (see docs/benchmarks.md, painting section).
parley_add_test(bench_guipaint
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_guipaint.cpp ${CMAKE_CURRENT_LIST_DIR}/guisynthetic.h
    LIBRARIES parley::render
    LABELS bench)
# Time range steps (project + repaint) and betweenness on the extracted 20k-article corpus and
# at 50k synthetic nodes (docs/benchmarks.md).
parley_add_test(bench_analysis
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_analysis.cpp ${CMAKE_CURRENT_LIST_DIR}/guisynthetic.h
    LIBRARIES parley::render parley_corpusgen
    LABELS bench)
# A merge and its undo in the real window on a project of the given corpus: edit to repainted
# view and Entities, incremental presentation against the full rebuild, same run.
add_executable(parley-bench-editrepaint ${CMAKE_CURRENT_LIST_DIR}/bench_editrepaint.cpp)
target_link_libraries(parley-bench-editrepaint PRIVATE parley::gui parley::warnings)
