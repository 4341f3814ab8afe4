#!/bin/sh
# Rebuild the blind catalogue and queries from scratch (stdlib Python 3.8+ only).
set -e
cd "$(dirname "$0")"
python3 gen_catalogue.py      # -> catalogue.csv, catalogue_attrs.jsonl
python3 make_queries.py       # -> queries.jsonl, queries_meta.jsonl (drops every query the checker rejects)
python3 check_queries.py      # independent re-check of all 500 lines; exit 1 on any problem
