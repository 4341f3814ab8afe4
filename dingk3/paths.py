"""Where the project's own files live, independent of the working directory."""

from pathlib import Path

__all__ = ["DEMO_DATA_DIR", "REPO_ROOT"]

REPO_ROOT = Path(__file__).resolve().parents[1]
DEMO_DATA_DIR = REPO_ROOT / "data" / "demo-factory"
