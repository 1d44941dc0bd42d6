#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The project MIME type: the shared-mime-info file compiles with update-mime-database, the
# compiled database maps *.parley to application/x-parley-project, and the .desktop file
# declares that type. Usage: check_mime.sh MIME.xml DESKTOP-FILE
set -eu
mime=$1
desktop=$2
if ! command -v update-mime-database >/dev/null 2>&1; then
    echo "update-mime-database is not installed (shared-mime-info); skipping"
    exit 77
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/mime/packages"
cp "$mime" "$dir/mime/packages/io.parley.Parley.xml"
update-mime-database "$dir/mime" 2>&1
grep -q 'application/x-parley-project:\*\.parley' "$dir/mime/globs2" || {
    echo "FAIL: *.parley is not mapped to application/x-parley-project"; cat "$dir/mime/globs2"; exit 1; }
grep -q '^MimeType=.*application/x-parley-project;' "$desktop" || {
    echo "FAIL: $desktop does not declare application/x-parley-project"; exit 1; }
echo "ok: *.parley -> application/x-parley-project"
