"""The K/3 Cloud WebAPI client and the typed values it speaks."""

from tools.k3.client import K3Client, K3Config
from tools.k3.models import OrderAction, OrderChange, OrderStatus, ProductionOrder

__all__ = ["K3Client", "K3Config", "OrderAction", "OrderChange", "OrderStatus", "ProductionOrder"]
