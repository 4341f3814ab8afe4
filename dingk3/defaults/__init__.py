"""Files DingK3 ships and reads when the plant has not its own: routing.yaml, plant.yaml, roles.yaml, the demo
factory."""
