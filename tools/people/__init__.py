"""People from DingTalk: the contacts placed through the role map (config/roles.yaml), users.csv on top."""

from tools.people.placing import Placed
from tools.people.roles import RoleMap, load_role_map, parse_role_map
from tools.people.sync import People

__all__ = ["People", "Placed", "RoleMap", "load_role_map", "parse_role_map"]
