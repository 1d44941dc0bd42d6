#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a validator when it is installed, and tells CTest "skipped" (77) with a reason when not,
# so a machine without desktop-file-utils or appstream still runs the rest of the suite.
tool=$1
shift
if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$tool is not installed (scripts/setup installs it); skipping"
    exit 77
fi
exec "$tool" "$@"
