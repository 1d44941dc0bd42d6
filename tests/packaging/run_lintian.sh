#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# lintian on the .deb that the packaging_deb test built: no error and no warning may remain.
# Skipped (77) with a reason when lintian is not installed; scripts/setup installs it.
deb=$1
if ! command -v lintian >/dev/null 2>&1; then
    echo "lintian is not installed (scripts/setup installs it); skipping"
    exit 77
fi
if [ ! -f "$deb" ]; then
    echo "no package at $deb (the packaging_deb test builds it)"
    exit 1
fi
# --allow-root: CI containers run as root; the checks are the same.
out=$(lintian --allow-root --tag-display-limit 0 --display-level ">=warning" "$deb" 2>&1)
status=$?
printf '%s\n' "$out"
if printf '%s\n' "$out" | grep -Eq '^[EW]: '; then
    echo "lintian reports errors or warnings"
    exit 1
fi
[ $status -eq 0 ] || { echo "lintian exited with status $status"; exit 1; }
echo "lintian: no error or warning in $(basename "$deb")"
