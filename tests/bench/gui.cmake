# SPDX-License-Identifier: GPL-3.0-or-later
# GUI benchmarks: painting 1k/5k/20k nodes (labels on vs off, the baseline), layout frame
# rate while the view animates.
parley_add_test(bench_guipaint
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_guipaint.cpp ${CMAKE_CURRENT_LIST_DIR}/guisynthetic.h
    LIBRARIES parley::render
    LABELS bench)
