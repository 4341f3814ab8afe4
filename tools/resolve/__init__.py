"""Material and workshop resolution: chat phrases → K/3 numbers, offline, with a verdict, over K/3's catalogue."""

from tools.resolve.live import Catalog, open_catalog
from tools.resolve.materials import MaterialResolver
from tools.resolve.models import Candidate, Resolution
from tools.resolve.workshops import WorkshopResolver

__all__ = ["Candidate", "Catalog", "MaterialResolver", "Resolution", "WorkshopResolver", "open_catalog"]
