"""Deterministic business rules: pure functions from a proposal and looked-up facts to violations.

No I/O and no clock: the caller passes the facts, `today` and the policy. Severity `refuse` blocks
the proposal; `risk` sends it to a supervisor of the requester for approval.
"""

from __future__ import annotations

from datetime import date

from agent.rules.facts import Facts, Policy, working_days
from agent.rules.orders import check_order
from agent.rules.permissions import check_permission
from agent.rules.risk import check_risks
from agent.state import Proposal, Violation

__all__ = ["Facts", "Policy", "check", "check_permission", "working_days"]


def check(proposal: Proposal, facts: Facts, today: date, policy: Policy) -> list[Violation]:
    """All violations of the proposal, refusals first; an empty list means it may be confirmed as is."""
    found: list[Violation] = []
    if proposal.requester != facts.requester.user_id:
        found.append(
            Violation(
                code="facts.mismatch",
                message="提案发起人与查询到的用户不一致：请重新发起。",
                message_en="The requester on the proposal is not the user found: please ask again.",
            )
        )
    found += check_permission(facts.requester, proposal.intent, facts.order, facts.workshop_names)
    found += check_order(proposal, facts, today, policy)
    found += check_risks(proposal, facts, today, policy)
    return sorted(found, key=lambda v: v.severity != "refuse")
