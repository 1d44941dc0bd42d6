# SPDX-License-Identifier: GPL-3.0-or-later
# Layout benchmarks (label `bench`, left out of the default ctest preset): step() and run()
# at 1k/5k/20k/100k nodes with ratios to Boost's Fruchterman-Reingold measured in the same run.
parley_add_test(bench_layout SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_layout.cpp LABELS bench)
set_tests_properties(bench_layout PROPERTIES TIMEOUT 3600)
