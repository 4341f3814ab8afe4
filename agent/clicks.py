"""A card press: who may press which button on which card, checked before anything resumes."""

from __future__ import annotations

import logging
from typing import Literal, Protocol

from pydantic import BaseModel

from agent.phrases import Lang, language_of, say
from agent.phrases.names import proposal_status_name
from agent.proposals import ProposalRecord
from agent.replies import Outgoing, reply_to
from agent.state import Incoming
from tools.directory import Directory

__all__ = ["ActorCheck", "Click", "check_click", "click_lang", "unverified_approver"]

log = logging.getLogger("dingk3.agent")


class ActorCheck(Protocol):
    """Does DingTalk know this userid as an active member? None when DingTalk could not be asked."""

    async def __call__(self, user_id: str) -> bool | None: ...


class Click(BaseModel):
    """A card button press, bound to the thread, proposal and digest the card was made for."""

    action: Literal["confirm", "cancel", "edit", "approve", "reject"]
    user_id: str
    thread_id: str
    proposal_id: str
    digest: str
    now: str
    click_id: str = ""
    reason: str = ""  # a rejection's reason, passed on to the requester
    text: str = ""  # what the approver wrote, when the decision came by text


def click_lang(click: Click, rec: ProposalRecord | None) -> Lang:
    """The language to answer a press in: of the words typed with it (同意 / approve), else of its card."""
    return language_of(click.text) or (rec.lang if rec is not None else "zh")


def check_click(directory: Directory, click: Click, rec: ProposalRecord | None, inc: Incoming) -> Outgoing | None:
    """Who may press which button on which card; None when the click may go ahead."""
    lang = click_lang(click, rec)

    def answer(kind: str, key: str, **values: object) -> Outgoing:
        return reply_to(inc, kind, say(lang, key, **values), lang=lang)

    if rec is None or rec.thread_id != click.thread_id:
        return answer("refusal", "card_invalid")
    if rec.digest != click.digest:
        return answer("refusal", "card_stale")
    if not rec.is_open or rec.status == "executing":
        bill = (": " if lang == "en" else "：") + rec.bill_no if rec.bill_no else ""
        return answer("notice", "card_done", status=proposal_status_name(rec.status, lang), bill=bill)
    if click.action in ("confirm", "cancel", "edit"):
        if click.user_id != rec.requester:
            return answer("refusal", "only_requester_decides", who=directory.get(rec.requester).name)
        if rec.status != "pending" and click.action == "confirm":
            return answer("notice", "awaiting_no_confirm")
    else:
        if rec.status != "awaiting_approval":
            return answer("notice", "not_submitted")
        if click.user_id == rec.requester or not directory.is_supervisor_of(click.user_id, rec.requester):
            return answer("refusal", "not_your_report")
    return None


async def unverified_approver(
    verify_actor: ActorCheck | None, click: Click, inc: Incoming, lang: Lang
) -> Outgoing | None:
    """An approval (it writes a risky change) only from a userid DingTalk's user lookup knows as active."""
    if click.action != "approve" or verify_actor is None:
        return None
    verdict = await verify_actor(click.user_id)
    if verdict is True:
        return None
    log.warning("approval by %s refused: DingTalk user lookup said %s", click.user_id, verdict)
    text = say(lang, "unknown_approver" if verdict is False else "approver_unchecked")
    return Outgoing(kind="refusal", text=text, user_id=click.user_id, in_reply_to=inc.message_id, lang=lang)
