# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(parley_core PRIVATE layout/forcelayout.h layout/forcelayout.cpp)
# The force and stress sweeps are sqrt-bound; without errno, sqrt is one instruction.
# Results do not change (sqrt is correctly rounded either way).
set_source_files_properties(layout/forcelayout.cpp PROPERTIES COMPILE_OPTIONS -fno-math-errno)
