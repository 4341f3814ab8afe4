"""Load benchmark of the whole API (see run.py)."""
