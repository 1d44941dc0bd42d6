#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The man page must keep up with the program: every command that `parley-cli --help` lists
and every long option a command's --help shows must be documented in packaging/parley-cli.1."""
import re
import subprocess
import sys

cli, manpage = sys.argv[1], sys.argv[2]
with open(manpage, encoding="utf-8") as f:
    # troff writes a literal hyphen as \- ; compare in plain text.
    man = f.read().replace("\\-", "-")

usage = subprocess.run([cli, "--help"], capture_output=True, text=True)
if usage.returncode != 0:
    sys.exit("parley-cli --help exited %d" % usage.returncode)
commands = re.findall(r"^  ([a-z]+)\s{2,}", usage.stdout, re.MULTILINE)
if not commands:
    sys.exit("no commands found in parley-cli --help:\n" + usage.stdout)

missing = []
for command in commands:
    if not re.search(r"^\.SS %s$" % command, man, re.MULTILINE):
        missing.append("command %s has no entry" % command)
    text = subprocess.run([cli, command, "--help"], capture_output=True, text=True)
    options = sorted(set(re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*", text.stdout + text.stderr)))
    print("%s: %s" % (command, " ".join(options) or "(no options in --help)"))
    for option in options:
        if option not in man:
            missing.append("option %s of %s is not documented" % (option, command))

for line in missing:
    print("FAIL: " + line)
sys.exit(1 if missing else 0)
