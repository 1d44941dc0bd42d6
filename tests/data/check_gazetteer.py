#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Consistency check of the shipped gazetteer (resources/gazetteer/*.tsv).

Usage: check_gazetteer.py [GAZETTEER_DIR [SAMPLES_DIR]]
       (defaults: <repo>/resources/gazetteer and <repo>/resources/samples)
Exit status 0 when clean, 1 when any problem was found (each printed as FILE:LINE: message).

Checks: every row has exactly the header's column count; known columns and kinds only; no
stray whitespace or empty |-values; no duplicate names per kind; no state alias, demonym or
place claimed by two states; every state/organization/title a person or agency refers to
exists; ISO dates with from <= to. The sample corpus: each article has the Title/Date/blank
header and 150-350 words, and every state, organisation and official in its known answers
(samples/README.md) is in the gazetteer, with an office held on the article's date.
"""
import os
import re
import sys

COLUMNS = {"kind", "name", "aliases", "demonyms", "places", "state", "title",
           "organization", "from", "to", "note"}
KINDS = {"state", "region", "title", "organization", "agency", "person"}
MULTI = {"aliases", "demonyms", "places", "title"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EXPECTED_KIND = {"states.tsv": "state", "titles.tsv": "title",
                 "organizations.tsv": "organization", "agencies.tsv": "agency",
                 "people.tsv": "person", "regions.tsv": "region"}

problems = []


def problem(path, line, message):
    problems.append(f"{os.path.basename(path)}:{line}: {message}")


def read_tsv(path):
    """Returns a list of (line number, {column: value}) rows."""
    rows = []
    header = None
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = cells
                for c in header:
                    if c not in COLUMNS:
                        problem(path, number, f"unknown column '{c}'")
                if len(set(header)) != len(header):
                    problem(path, number, "duplicate column in header")
                continue
            if len(cells) != len(header):
                problem(path, number, f"{len(cells)} cells, header has {len(header)}")
                continue
            row = dict(zip(header, cells))
            for column, value in row.items():
                if value != value.strip():
                    problem(path, number, f"stray whitespace in {column}: '{value}'")
                if column in MULTI and value:
                    for part in value.split("|"):
                        if not part.strip():
                            problem(path, number, f"empty value in {column}")
                        elif part != part.strip():
                            problem(path, number, f"stray whitespace in {column}: '{part}'")
            if not row.get("name"):
                problem(path, number, "empty name")
            rows.append((number, row))
    if header is None:
        problem(path, 0, "no header line")
    return rows


def values(row, column):
    return [v for v in row.get(column, "").split("|") if v]


def check_samples(directory, tables, states, organizations):
    offices = {}
    if "people.tsv" in tables:
        for number, row in tables["people.tsv"][1]:
            offices.setdefault(row["name"], []).append(row)
    readme = os.path.join(directory, "README.md")
    described = set()
    with open(readme, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not re.match(r"^\d\d-\S+\.txt \|", line):
                continue
            parts = [p.strip() for p in line.rstrip("\n").split(" | ")]
            file = parts[0]
            described.add(file)
            path = os.path.join(directory, file)
            if not os.path.exists(path):
                problem(readme, number, f"{file} does not exist")
                continue
            date = ""
            with open(path, encoding="utf-8") as article:
                lines = article.read().split("\n")
            if not lines[0].startswith("Title: ") or not re.match(r"^Date: \d{4}-\d{2}-\d{2}$", lines[1]) or lines[2] != "":
                problem(path, 1, "expected 'Title: ...', 'Date: YYYY-MM-DD' and a blank line")
            else:
                date = lines[1][6:]
            words = len(" ".join(lines[3:]).split())
            if not 150 <= words <= 350:
                problem(path, 4, f"{words} words, expected 150-350")
            for part in parts[1:]:
                if part.startswith("states:"):
                    for state in part[len("states:"):].split(";"):
                        if state.strip() not in states:
                            problem(readme, number, f"unknown state '{state.strip()}'")
                elif part.startswith("organisations:"):
                    for org in part[len("organisations:"):].split(";"):
                        if org.strip() not in organizations:
                            problem(readme, number, f"unknown organisation '{org.strip()}'")
                elif part.startswith("officials:"):
                    for entry in part[len("officials:"):].split("); "):
                        m = re.match(r"\s*(.+?) \(([^,;)]+?)(?: \[[^\]]*\])?, ([^;)]+)", entry)
                        name = m.group(1) if m else entry.strip().split(" (")[0]
                        if name not in offices:
                            problem(readme, number, f"unknown official '{name}'")
                            continue
                        if not m:
                            continue
                        title, where = m.group(2), m.group(3).strip()
                        rows = [r for r in offices[name] if r.get("title") == title
                                and where in (r.get("state"), r.get("organization"))]
                        if not rows:
                            problem(readme, number, f"no office '{title}, {where}' for {name}")
                        elif date and "former" not in entry and not any(
                                (not r.get("from") or r["from"] <= date) and (not r.get("to") or date <= r["to"])
                                for r in rows):
                            problem(readme, number, f"{name} is not {title} on {date}")
    for file in sorted(os.listdir(directory)):
        if file.endswith(".txt") and file not in described:
            problem(readme, 0, f"{file} has no known answers")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    directory = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "resources", "gazetteer")
    tables = {}
    for file in sorted(os.listdir(directory)):
        if file.endswith(".tsv"):
            path = os.path.join(directory, file)
            tables[file] = (path, read_tsv(path))
    for file in EXPECTED_KIND:
        if file not in tables:
            problems.append(f"{file}: missing")

    names = {}
    for file, (path, rows) in tables.items():
        for number, row in rows:
            kind = row.get("kind", "")
            if kind not in KINDS:
                problem(path, number, f"unknown kind '{kind}'")
            elif file in EXPECTED_KIND and kind != EXPECTED_KIND[file]:
                problem(path, number, f"kind '{kind}' in {file}")
            names.setdefault(kind, {})
            if kind != "person":
                key = row["name"]
                if key in names[kind]:
                    problem(path, number, f"duplicate {kind} '{key}' (line {names[kind][key]})")
                names[kind][key] = number
            for column in ("from", "to"):
                if row.get(column) and not DATE.match(row[column]):
                    problem(path, number, f"{column} '{row[column]}' is not an ISO date")
            if row.get("from") and row.get("to") and row["from"] > row["to"]:
                problem(path, number, f"from {row['from']} after to {row['to']}")

    # Each surface form of a state must lead to one state only.
    if "states.tsv" in tables:
        path, rows = tables["states.tsv"]
        owner = {}
        for number, row in rows:
            forms = [row["name"]] + values(row, "aliases") + values(row, "demonyms") + values(row, "places")
            seen_here = set()
            for form in forms:
                if form in seen_here:
                    problem(path, number, f"'{form}' listed twice for {row['name']}")
                seen_here.add(form)
                other = owner.get(form)
                if other and other[0] != row["name"]:
                    problem(path, number, f"'{form}' of {row['name']} also belongs to {other[0]} (line {other[1]})")
                owner.setdefault(form, (row["name"], number))

    titles = set()
    if "titles.tsv" in tables:
        path, rows = tables["titles.tsv"]
        alias_owner = {}
        for number, row in rows:
            titles.add(row["name"])
            for form in [row["name"]] + values(row, "aliases"):
                titles.add(form)
                key = form.lower()
                if key in alias_owner and alias_owner[key] != row["name"]:
                    problem(path, number, f"title variant '{form}' also under '{alias_owner[key]}'")
                alias_owner.setdefault(key, row["name"])
    organizations = names.get("organization", {})
    # Organisation names and aliases must be unique too, and not shadow a state form.
    state_forms = {}
    if "states.tsv" in tables:
        for number, row in tables["states.tsv"][1]:
            for form in [row["name"]] + values(row, "aliases") + values(row, "demonyms"):
                state_forms[form] = row["name"]
    # A region is no state: none of its forms may be a state's name, alias, demonym or place.
    if "regions.tsv" in tables:
        path, rows = tables["regions.tsv"]
        state_places = {}
        for number, row in tables.get("states.tsv", ("", []))[1]:
            for form in values(row, "places"):
                state_places[form] = row["name"]
        for number, row in rows:
            for form in [row["name"]] + values(row, "aliases"):
                other = state_forms.get(form) or state_places.get(form)
                if other:
                    problem(path, number, f"region form '{form}' is also a form of the state {other}")
    if "organizations.tsv" in tables:
        path, rows = tables["organizations.tsv"]
        org_owner = {}
        for number, row in rows:
            for form in [row["name"]] + values(row, "aliases"):
                if form in org_owner and org_owner[form] != row["name"]:
                    problem(path, number, f"'{form}' of {row['name']} also names {org_owner[form]}")
                org_owner.setdefault(form, row["name"])
                if form in state_forms:
                    problem(path, number, f"'{form}' of {row['name']} is also a form of {state_forms[form]}")
            for title in values(row, "title"):
                if titles and title not in titles:
                    problem(path, number, f"title '{title}' is not in titles.tsv")
    states = names.get("state", {})

    if "agencies.tsv" in tables:
        path, rows = tables["agencies.tsv"]
        agency_owner = {}
        for number, row in rows:
            for form in [row["name"]] + values(row, "aliases"):
                if form in agency_owner and agency_owner[form] != row["name"]:
                    problem(path, number, f"'{form}' of {row['name']} also names {agency_owner[form]}")
                agency_owner.setdefault(form, row["name"])
                if form in state_forms:
                    problem(path, number, f"'{form}' of {row['name']} is also a form of {state_forms[form]}")

    people_seen = {}
    for file, (path, rows) in tables.items():
        for number, row in rows:
            kind = row.get("kind")
            if kind == "region" and not row.get("state"):
                problem(path, number, "region without state")
            if kind in ("person", "agency", "region") and row.get("state") and row["state"] not in states:
                problem(path, number, f"state '{row['state']}' is not a states.tsv name")
            if kind == "person":
                if row.get("organization") and row["organization"] not in organizations:
                    problem(path, number, f"organization '{row['organization']}' is not an organizations.tsv name")
                if not row.get("state") and not row.get("organization"):
                    problem(path, number, "person without state or organization")
                if row.get("title") and row["title"] not in titles:
                    problem(path, number, f"title '{row['title']}' is not in titles.tsv")
                key = (row["name"], row.get("title", ""), row.get("state", ""),
                       row.get("organization", ""), row.get("from", ""))
                if key in people_seen:
                    problem(path, number, f"duplicate person row (line {people_seen[key]})")
                people_seen[key] = number
            if kind == "agency" and not row.get("state") and "international" not in row.get("note", ""):
                problem(path, number, "agency without state")

    # Rows of one person agree on aliases; no alias names two different people.
    if "people.tsv" in tables:
        path, rows = tables["people.tsv"]
        aliases_of = {}
        alias_owner = {}
        for number, row in rows:
            mine = tuple(values(row, "aliases"))
            if row["name"] in aliases_of and aliases_of[row["name"]] != mine:
                problem(path, number, f"aliases of {row['name']} differ from its earlier row")
            aliases_of.setdefault(row["name"], mine)
            for form in (row["name"],) + mine:
                if form in alias_owner and alias_owner[form] != row["name"]:
                    problem(path, number, f"'{form}' names both {row['name']} and {alias_owner[form]}")
                alias_owner.setdefault(form, row["name"])

    samples = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "..", "resources", "samples")
    if os.path.isdir(samples):
        check_samples(samples, tables, states, organizations)

    for p in problems:
        print(p)
    counts = {k: len(v) for k, v in names.items()}
    counts["person"] = len(people_seen)
    print(f"gazetteer: {counts}; {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
