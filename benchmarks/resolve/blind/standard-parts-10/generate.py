"""Deterministic generator for the blind test set: writes catalogue.csv and queries.jsonl.

Usage: python3 generate.py            (writes into this folder)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from catalog import build_catalogue, catalogue_csv  # noqa: E402
from queries import build_queries, queries_jsonl  # noqa: E402


def generate():
    items = build_catalogue()
    qs, ctx = build_queries(items)
    return items, qs, ctx, catalogue_csv(items).encode('utf-8'), queries_jsonl(qs).encode('utf-8')


def main():
    items, qs, ctx, cat_bytes, q_bytes = generate()
    with open(os.path.join(HERE, 'catalogue.csv'), 'wb') as f:
        f.write(cat_bytes)
    with open(os.path.join(HERE, 'queries.jsonl'), 'wb') as f:
        f.write(q_bytes)
    print('catalogue rows: %d, queries: %d' % (len(items), len(qs)))


if __name__ == '__main__':
    main()
