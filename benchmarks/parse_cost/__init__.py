"""Parse cost against message length and shape (issue 12 §1): `python -m benchmarks.parse_cost`."""
