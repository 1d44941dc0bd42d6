#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes v1.parley, a project in format 1 (articles without a content hash, no sources,
# positions, view or notes tables), from a JSONL record of `parley-cli extract -f jsonl`
# and the article's text. tst_projectfile opens it to test the migration to the current
# format. Usage: make_v1.py RECORD.jsonl ARTICLE.txt OUT.parley
import json, sqlite3, sys

record_line, text_path, out = sys.argv[1], sys.argv[2], sys.argv[3]
record = json.loads(open(record_line, encoding="utf-8").readline())
text = open(text_path, encoding="utf-8").read()
doc = record["document"]
db = sqlite3.connect(out)
db.executescript("""
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles(id TEXT PRIMARY KEY, path TEXT NOT NULL, title TEXT, date TEXT,
                      url TEXT, source TEXT, text TEXT NOT NULL);
CREATE TABLE extractions(article TEXT PRIMARY KEY, record BLOB NOT NULL);
CREATE TABLE edits(seq INTEGER PRIMARY KEY, edit TEXT NOT NULL);
INSERT INTO meta VALUES ('app', 'parley'), ('schema', '1');
""")
doc["path"] = "moscow-talks.txt"
db.execute("INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?)",
           (doc["id"], doc["path"], doc.get("title"), doc.get("date"), doc.get("url"),
            doc.get("source"), text))
db.execute("INSERT INTO extractions VALUES (?, ?)",
           (doc["id"], json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode()))
db.execute("INSERT INTO edits VALUES (0, ?)", (json.dumps(
    {"op": "rename", "target": {"id": "person:vladimir-putin", "name": "Vladimir Putin"},
     "value": "V. V. Putin"}),))
db.commit()
db.close()
