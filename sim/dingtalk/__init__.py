"""A local DingTalk (钉钉) for the demo and the tests: OpenAPI, Stream gateway, signed callbacks and a chat page.

Cards use one generic template. Its `cardParamMap` keys (all strings, as DingTalk requires):
`title`, `markdown` (the body), `status` / `status_label` (optional), and `buttons`: a JSON string of
`[{"id": "confirm", "label": "确认", "params": {...}, "style": "primary"|"danger"|"", "disabled": false}]`.
A click sends the card callback with `actionIds=[id]` and `params` = that button's `params`, so whatever the
bot put there (e.g. action, thread_id, proposal_id, digest) comes back. `privateData[userId]` overrides
keys for that user only. Details in sim/dingtalk/README.md.
"""

from .app import create_app, serve
from .config import SimConfig

__all__ = ["SimConfig", "create_app", "serve"]
