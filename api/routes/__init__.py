"""One APIRouter per concern."""

__all__: list[str] = []
