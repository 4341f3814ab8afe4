"""The rules backend's vocabulary, one module per job, and nowhere else: reply words (`replies`, `asides`,
`corrections`, `answers`), intent cues (`create`, `change`, `report`, `inventory`, `query`, `help`, `orders`),
slot words (`quantity`, `units`, `workshops`), whether a report's made figure includes its scrap (`inclusion`) and
the fillers left out of a material phrase (`fillers`), with the fragments they share (`common`).

Every pattern runs on text already passed through `agent.nlu.work.prepare` (lower case, simplified, half-width);
`agent.nlu.rx.rx` compiles them with ASCII word boundaries.
"""

__all__: list[str] = []
