"""The demo chat page in headless Chromium (Debian's, driven by Playwright): type, confirm, see the bill number."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from tests.api.conftest import Stack

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="Debian chromium is not installed (scripts/ensure-chromium)"
)
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def test_type_a_request_confirm_it_and_see_the_bill(stack: Stack, tmp_path: Path) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 400, "height": 860}, locale="zh-CN")  # a phone-sized screen
        page.goto(stack.sim_url + "/")
        page.select_option("#me", "u1001")  # 王建国, PMC
        page.locator(".conv", has_text="生产群").first.click()
        page.fill("#text", "建立生产订单 BOM-3020 数量40 12月20日交")
        page.click("#send")
        confirm = page.locator("button[data-action='confirm']:not([disabled])").last
        expect(confirm).to_be_visible(timeout=20_000)
        expect(page.locator(".card").last).to_contain_text("01.01.0011")
        confirm.click()
        bill = page.locator("#msgs").get_by_text(re.compile(r"已写入.*MO\d{10}")).last
        expect(bill).to_be_visible(timeout=20_000)
        page.screenshot(path=str(tmp_path / "chat.png"), full_page=True)
        if os.environ.get("SAVE_SCREENSHOTS"):
            page.screenshot(path=str(Path(__file__).resolve().parents[2] / "docs" / "chat.png"))
        written = bill.inner_text()
        browser.close()
    bill_no = re.search(r"MO\d{10}", written)
    assert bill_no, written


def test_send_a_voice_message_and_see_what_was_heard_on_the_card(stack: Stack) -> None:
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 400, "height": 860}, locale="zh-CN")
        page.goto(stack.sim_url + "/")
        page.select_option("#me", "u2001")  # 张伟, a worker in machining 1
        page.locator(".conv", has_text="K3助手").first.click()  # the 1:1 chat: DingTalk sends voice there only
        page.fill("#text", "MO20261109 报工 良品十二 不良一")
        page.click("#voice")
        card = page.locator(".card").last
        expect(card).to_contain_text("听到：“MO20261109 报工 良品十二 不良一”", timeout=20_000)
        expect(card).to_contain_text("良品 12，不良 1")
        expect(page.locator(".row.mine").last).to_contain_text("🎙")
        browser.close()
