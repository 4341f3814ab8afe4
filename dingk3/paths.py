"""Where the files DingK3 ships live once installed (read through importlib.resources, never written)."""

from importlib.resources import files
from pathlib import Path

__all__ = [
    "DEFAULT_PLANT_FILE",
    "DEFAULT_ROLES_FILE",
    "DEFAULT_ROUTING_FILE",
    "DEMO_DATA_DIR",
    "REPO_ROOT",
    "package_dir",
]


def package_dir(package: str) -> Path:
    """The folder holding an installed package's files (a wheel installs unzipped, so it is a real folder)."""
    root = files(package)
    if not isinstance(root, Path):  # a zipapp or zip import: DingK3 reads its files from disk
        raise RuntimeError(f"{package} must be installed as files (pip install), not run from a zip")
    return root


_DEFAULTS = package_dir("dingk3.defaults")
DEMO_DATA_DIR = _DEFAULTS / "demo-factory"  # the demo factory: its people (users.csv) and what its K/3 is seeded with
DEFAULT_ROUTING_FILE = _DEFAULTS / "routing.yaml"  # used when DINGK3_HOME has no config/routing.yaml
DEFAULT_PLANT_FILE = _DEFAULTS / "plant.yaml"  # used when DINGK3_HOME has no config/plant.yaml
DEFAULT_ROLES_FILE = _DEFAULTS / "roles.yaml"  # used when DINGK3_HOME has no config/roles.yaml
# The source checkout, for tests and benchmarks only; installed, this is site-packages, never a place for state.
REPO_ROOT = Path(__file__).resolve().parents[1]
