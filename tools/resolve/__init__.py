"""Material and workshop resolution: chat phrases → K/3 numbers, offline, with a verdict."""

from tools.resolve.materials import MaterialResolver
from tools.resolve.models import Candidate, Resolution
from tools.resolve.sync import FileCursorStore, sync_materials, sync_workshops
from tools.resolve.workshops import WorkshopResolver

__all__ = [
    "Candidate",
    "FileCursorStore",
    "MaterialResolver",
    "Resolution",
    "WorkshopResolver",
    "sync_materials",
    "sync_workshops",
]
