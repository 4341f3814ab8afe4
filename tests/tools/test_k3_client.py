"""The K/3 client against the K/3 emulator over real HTTP: every operation, error paths, faults."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from datetime import date, timedelta

import httpx
import pytest

from dingk3.clock import Clock
from dingk3.errors import K3AuthError, K3BusinessError, K3Error, K3WriteUncertainError
from tests.conftest import TEST_NOW
from tools.k3 import K3Client, K3Config, OrderAction, OrderChange, OrderStatus

AUTH_MODES = ["signature", "password", "appsecret", "sign"]
HYDRAULIC_VALVE = "01.01.0001"  # 液压阀体 HV-2050, producible, has a 5-line BOM


def _config(url: str, auth: str = "signature", **over: object) -> K3Config:
    base = dict(
        base_url=url,
        auth=auth,
        acct_id="demo",
        username="demo",
        password="demo",
        app_id="300123_AAECAwQFBgcICQoLDA0ODxAREhMUFRYX",
        app_secret="0123456789abcdef0123456789abcdef",
        timeout_s=5.0,
        retry_wait_s=0.01,
        settle_s=0.05,
    )
    return K3Config.model_validate(base | over)


def _key() -> str:
    return uuid.uuid4().hex


async def _faults(url: str, **faults: object) -> None:
    async with httpx.AsyncClient() as http:
        resp = await http.post(url + "_admin/faults", json=faults)
        resp.raise_for_status()


@pytest.fixture(params=AUTH_MODES)
async def k3(request: pytest.FixtureRequest, k3_url: str) -> AsyncIterator[K3Client]:
    async with K3Client(_config(k3_url, request.param)) as client:
        yield client


@pytest.fixture
async def k3s(k3_url: str) -> AsyncIterator[K3Client]:
    """One client in the default (signature) mode, for tests where the auth mode doesn't matter."""
    async with K3Client(_config(k3_url)) as client:
        yield client
    await _faults(k3_url, latency_ms=0, fail_next=0, timeout_after_commit_next=0)


async def _new_order(k3: K3Client, qty: float = 100, material: str = HYDRAULIC_VALVE) -> str:
    result = await k3.create_production_order(
        material=material,
        qty=qty,
        workshop="WS01",
        plan_finish=TEST_NOW.date() + timedelta(days=20),
        idempotency_key=_key(),
    )
    return result.bill_no


# --------------------------------------------------------------------------- reads


async def test_seeded_order_reads_as_demo_data_says(k3: K3Client) -> None:
    order = await k3.get_order("mo20261102")  # any case
    assert order.bill_no == "MO20261102"
    assert (order.material, order.qty, order.workshop) == ("01.02.0003", 1000, "WS03")
    assert order.status is OrderStatus.started and order.k3_status == 4
    assert (order.good_qty, order.scrap_qty) == (200, 2)
    assert order.remaining_qty == 798
    assert order.plan_finish == date(2026, 12, 6)
    assert order.material_name == "齿轮泵"


async def test_unknown_order_is_a_business_error_a_user_can_read(k3s: K3Client) -> None:
    with pytest.raises(K3BusinessError) as err:
        await k3s.get_order("MO19990101")
    assert err.value.msg_code == 10
    assert "MO19990101" in err.value.user_message


async def test_list_orders_filters(k3s: K3Client) -> None:
    started_ws01 = await k3s.list_orders(workshop="WS01", status=OrderStatus.started)
    assert started_ws01, "demo data has started orders in WS01"
    assert all(o.workshop == "WS01" and o.status is OrderStatus.started for o in started_ws01)
    by_material = await k3s.list_orders(material="01.01.0008")
    assert {o.bill_no for o in by_material} >= {"MO20261101", "MO20261125"}
    due = await k3s.list_orders(due_from=date(2026, 12, 1), due_to=date(2026, 12, 4))
    assert due and all(date(2026, 12, 1) <= o.plan_finish <= date(2026, 12, 4) for o in due)  # type: ignore[operator]
    assert [o.bill_no for o in await k3s.list_orders(number_ends_with="1103")] == ["MO20261103"]
    assert await k3s.list_orders(number_ends_with="9999") == []
    with pytest.raises(ValueError):
        await k3s.list_orders(number_ends_with="11' or '1'='1")


async def test_inventory_materials_workshops_and_bom(k3s: K3Client) -> None:
    stock = await k3s.query_inventory("01.01.0003")
    assert sum(s.qty for s in stock) == 1200
    materials = await k3s.list_materials(page_size=500)  # several pages
    assert len(materials) == 1243
    valve = next(m for m in materials if m.number == HYDRAULIC_VALVE)
    assert (valve.name, valve.spec, valve.category, valve.producible) == ("液压阀体", "HV-2050", "产成品", True)
    assert valve.safety_stock == 100
    screw = next(m for m in materials if m.category == "原材料")
    assert not screw.producible
    workshops = await k3s.list_workshops()
    assert {w.number for w in workshops} >= {"WS01", "WS02", "WS03", "WS04", "WS05"}
    bom = await k3s.get_bom(HYDRAULIC_VALVE)
    assert {(b.component, b.qty_per) for b in bom} >= {("03.01.1012", 2), ("03.01.0291", 1)}
    assert len(bom) == 5


async def test_materials_modified_since_sees_a_new_material(k3s: K3Client, plant_clock: Clock) -> None:
    newest = max(m.modify_date for m in await k3s.list_materials() if m.modify_date)
    before = newest + timedelta(seconds=1)
    while plant_clock.local() < before:  # K/3 stamps modify dates to the second, in the plant's time
        await asyncio.sleep(0.05)
    number = f"09.99.{uuid.uuid4().int % 10000:04d}"
    model = {
        "FMATERIALID": 0,
        "FNumber": number,
        "FName": "测试新物料",
        "FSpecification": "T-1",
        "FMaterialGroup": {"FNumber": "01"},  # 产成品
    }
    await k3s._call("Save", {"formid": "BD_MATERIAL", "data": {"Model": model}})
    changed = await k3s.list_materials(modified_since=before)
    assert number in {m.number for m in changed}
    assert len(changed) < 1243


async def test_materials_carry_their_aliases_and_only_usable_ones_are_listed(k3_fresh_url: str) -> None:
    async with K3Client(_config(k3_fresh_url)) as k3:
        valve = next(m for m in await k3.list_materials() if m.number == HYDRAULIC_VALVE)
        assert valve.aliases == ("BOM-2050", "HV-2050", "hydraulic valve body HV-2050")  # 助记码, then 描述
        forbid = {"formid": "BD_MATERIAL", "opNumber": "Forbid", "data": {"Numbers": [HYDRAULIC_VALVE]}}
        await k3._call("ExcuteOperation", forbid)
        draft = {"FMATERIALID": 0, "FNumber": "09.99.0001", "FName": "草稿物料", "FOldNumber": "OLD-1"}
        await k3._call("Save", {"formid": "BD_MATERIAL", "data": {"Model": draft}})  # saved, not audited
        listed = {m.number for m in await k3.list_materials()}
        assert HYDRAULIC_VALVE not in listed and "09.99.0001" not in listed
        changed = {m.number: m for m in await k3.list_materials(modified_since=valve.modify_date)}
        assert changed[HYDRAULIC_VALVE].forbidden and not changed[HYDRAULIC_VALVE].usable
        assert not changed["09.99.0001"].audited and changed["09.99.0001"].aliases == ("OLD-1",)


async def test_workshops_come_from_the_form_and_filter_the_plant_names(k3_fresh_url: str) -> None:
    async with K3Client(_config(k3_fresh_url, workshop_filter="FNumber like 'WS0%' and FNumber <> 'WS05'")) as k3:
        assert [w.number for w in await k3.list_workshops()] == ["WS01", "WS02", "WS03", "WS04"]
    async with K3Client(_config(k3_fresh_url, workshop_form="PRD_WorkCenter")) as k3:
        with pytest.raises(K3BusinessError):  # a form this K/3 does not have is K/3's answer, not ours
            await k3.list_workshops()


# --------------------------------------------------------------------------- writes


async def test_create_is_audited_and_idempotent(k3: K3Client) -> None:
    key = _key()
    args = dict(material=HYDRAULIC_VALVE, qty=300, workshop="WS03", plan_finish=date(2026, 12, 18), idempotency_key=key)
    first = await k3.create_production_order(**args)  # type: ignore[arg-type]
    again = await k3.create_production_order(**args)  # type: ignore[arg-type]
    assert (again.bill_no, again.replayed, first.replayed) == (first.bill_no, True, False)
    order = await k3.get_order(first.bill_no)
    assert (order.qty, order.workshop, order.plan_finish) == (300, "WS03", date(2026, 12, 18))
    assert order.status is OrderStatus.created and order.document_status == "C"
    same_key = await k3.query("PRD_MO", ["FBillNo"], f"FDescription like '%{key}%'")
    assert len(same_key) == 1


async def test_create_with_unknown_material_names_the_field(k3s: K3Client) -> None:
    with pytest.raises(K3BusinessError) as err:
        await k3s.create_production_order(
            material="99.99.9999", qty=10, workshop="WS01", plan_finish=date(2026, 12, 30), idempotency_key=_key()
        )
    assert err.value.msg_code == 11
    assert err.value.field and "material" in err.value.field.lower()
    assert "99.99.9999" in err.value.user_message


async def test_update_order_changes_quantity_date_and_workshop(k3s: K3Client) -> None:
    bill = await _new_order(k3s, qty=100)
    changed = await k3s.update_order(
        bill, OrderChange(qty=120, plan_finish=date(2026, 12, 31), workshop="WS02"), idempotency_key=_key()
    )
    assert (changed.qty, changed.plan_finish, changed.workshop) == (120, date(2026, 12, 31), "WS02")
    assert changed.document_status == "C", "a changed unreleased order is audited again"
    again = await k3s.update_order(bill, OrderChange(qty=120), idempotency_key=_key())
    assert again.modify_date == changed.modify_date, "setting the same value writes nothing"


async def test_status_flow_release_start_report_finish_close(k3s: K3Client) -> None:
    bill = await _new_order(k3s, qty=50)
    with pytest.raises(K3BusinessError):  # a created order takes no report
        await k3s.report_output(bill, good_qty=1, idempotency_key=_key())
    for action, status in [
        (OrderAction.release, OrderStatus.released),
        (OrderAction.start, OrderStatus.started),
    ]:
        order = await k3s.change_order_status(bill, action, idempotency_key=_key())
        assert order.status is status
    report = await k3s.report_output(bill, good_qty=45, scrap_qty=5, idempotency_key=_key())
    assert (report.good_qty, report.scrap_qty, report.order_no) == (45, 5, bill)
    order = await k3s.get_order(bill)
    assert (order.good_qty, order.scrap_qty, order.remaining_qty) == (45, 5, 0)
    finished = await k3s.change_order_status(bill, OrderAction.finish, idempotency_key=_key())
    closed = await k3s.change_order_status(bill, OrderAction.close, idempotency_key=_key())
    assert (finished.status, closed.status) == (OrderStatus.finished, OrderStatus.closed)
    with pytest.raises(K3BusinessError):
        await k3s.update_order(bill, OrderChange(qty=60), idempotency_key=_key())
    with pytest.raises(K3BusinessError) as err:
        await k3s.change_order_status(bill, OrderAction.pause, idempotency_key=_key())
    assert "暂停" in err.value.user_message


async def test_report_adds_stock_and_is_idempotent(k3_fresh_url: str) -> None:
    # a seeded order of a K/3 of its own: the shared one's seeded orders read as the demo data says in every test
    async with K3Client(_config(k3_fresh_url)) as k3s:
        await _report_adds_stock_and_is_idempotent(k3s)


async def _report_adds_stock_and_is_idempotent(k3s: K3Client) -> None:
    bill = "MO20261102"  # started, 798 remaining
    before_stock = sum(s.qty for s in await k3s.query_inventory("01.02.0003"))
    before = await k3s.get_order(bill)
    key = _key()
    first = await k3s.report_output(bill, good_qty=10, scrap_qty=1, idempotency_key=key)
    again = await k3s.report_output(bill, good_qty=10, scrap_qty=1, idempotency_key=key)
    assert (again.bill_no, again.replayed, first.replayed) == (first.bill_no, True, False)
    after = await k3s.get_order(bill)
    assert (after.good_qty - before.good_qty, after.scrap_qty - before.scrap_qty) == (10, 1)
    assert sum(s.qty for s in await k3s.query_inventory("01.02.0003")) == before_stock + 10


async def test_report_beyond_order_quantity_is_refused_and_leaves_nothing(k3s: K3Client) -> None:
    bill = await _new_order(k3s, qty=20)
    await k3s.change_order_status(bill, OrderAction.release, idempotency_key=_key())
    drafts_before = await k3s.query("PRD_MORPT", ["FID"], f"FMoBillNo = '{bill}'")
    with pytest.raises(K3BusinessError) as err:
        await k3s.report_output(bill, good_qty=20, scrap_qty=1, idempotency_key=_key())
    assert err.value.msg_code == 11
    assert (await k3s.get_order(bill)).good_qty == 0
    assert await k3s.query("PRD_MORPT", ["FID"], f"FMoBillNo = '{bill}'") == drafts_before


# --------------------------------------------------------------------------- sessions and credentials


async def test_dropped_sessions_are_renewed_transparently(k3: K3Client, k3_url: str) -> None:
    await k3.get_order("MO20261101")
    await _faults(k3_url, drop_sessions=True)
    assert (await k3.get_order("MO20261101")).bill_no == "MO20261101"


@pytest.mark.parametrize("auth", AUTH_MODES)
async def test_wrong_secret_is_an_auth_error(k3_url: str, auth: str) -> None:
    async with K3Client(_config(k3_url, auth, password="nope", app_secret="f" * 32)) as client:
        with pytest.raises(K3AuthError) as err:
            await client.get_order("MO20261101")
    assert "K/3" in err.value.user_message


# --------------------------------------------------------------------------- faults


async def test_reads_retry_through_server_errors(k3s: K3Client, k3_url: str) -> None:
    await _faults(k3_url, fail_next=2)
    assert (await k3s.get_order("MO20261101")).qty == 1000


async def test_read_failing_for_good_gives_a_clear_error(k3s: K3Client, k3_url: str) -> None:
    await _faults(k3_url, fail_next=10)
    with pytest.raises(K3Error) as err:
        await k3s.get_order("MO20261101")
    assert "K/3" in err.value.user_message and "Traceback" not in err.value.user_message


async def test_server_error_on_create_gives_one_bill(k3s: K3Client, k3_url: str) -> None:
    key = _key()
    await _faults(k3_url, fail_next=1)
    result = await k3s.create_production_order(
        material=HYDRAULIC_VALVE, qty=7, workshop="WS01", plan_finish=date(2026, 12, 20), idempotency_key=key
    )
    assert len(await k3s.query("PRD_MO", ["FBillNo"], f"FDescription like '%{key}%'")) == 1
    assert (await k3s.get_order(result.bill_no)).document_status == "C"


async def test_timeout_after_commit_finds_the_bill_instead_of_writing_again(k3_url: str) -> None:
    key = _key()
    async with K3Client(_config(k3_url, timeout_s=0.5)) as k3:
        await _faults(k3_url, timeout_after_commit_next=1, hang_s=1.5)
        result = await k3.create_production_order(
            material=HYDRAULIC_VALVE, qty=9, workshop="WS01", plan_finish=date(2026, 12, 20), idempotency_key=key
        )
        assert result.replayed, "the committed bill was found by its key"
        assert len(await k3.query("PRD_MO", ["FBillNo"], f"FDescription like '%{key}%'")) == 1
        assert (await k3.get_order(result.bill_no)).document_status == "C"
    await _faults(k3_url, timeout_after_commit_next=0)


async def test_timeout_after_commit_on_report_counts_once(k3_url: str) -> None:
    key = _key()
    async with K3Client(_config(k3_url, timeout_s=0.5)) as k3:
        before = await k3.get_order("MO20261109")
        await _faults(k3_url, timeout_after_commit_next=1, hang_s=1.5)
        result = await k3.report_output("MO20261109", good_qty=3, scrap_qty=0, idempotency_key=key)
        again = await k3.report_output("MO20261109", good_qty=3, scrap_qty=0, idempotency_key=key)
        after = await k3.get_order("MO20261109")
    assert again.bill_no == result.bill_no
    assert after.good_qty - before.good_qty == 3


async def test_unreachable_k3_is_a_transport_error_not_a_crash() -> None:
    async with K3Client(_config("http://127.0.0.1:9/k3cloud/", read_retries=2)) as k3:
        with pytest.raises(K3Error) as err:
            await k3.get_order("MO20261101")
    assert "K/3" in err.value.user_message


async def test_uncertain_write_says_so(k3_url: str) -> None:
    """A write whose answer never comes and whose key is not (yet) found is reported as uncertain."""

    class _Drop(httpx.AsyncBaseTransport):
        def __init__(self) -> None:
            self.inner = httpx.AsyncHTTPTransport()

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path.endswith("DynamicFormService.Save.common.kdsvc"):
                raise httpx.ReadTimeout("dropped", request=request)
            return await self.inner.handle_async_request(request)

    async with K3Client(_config(k3_url), transport=_Drop()) as k3:
        with pytest.raises(K3WriteUncertainError) as err:
            await k3.create_production_order(
                material=HYDRAULIC_VALVE, qty=5, workshop="WS01", plan_finish=date(2026, 12, 20), idempotency_key=_key()
            )
    assert err.value.idempotency_key
    assert "查询" in err.value.user_message


async def test_paging_survives_a_k3_that_caps_pages_below_what_was_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [{"FNumber": f"{i:05d}"} for i in range(4500)]
    asked: list[tuple[int, int]] = []

    async def capped(self: K3Client, *args: object, limit: int, start: int, **kw: object) -> list[dict[str, str]]:
        asked.append((start, limit))
        return rows[start : start + min(limit, 2000)]  # an older K/3: at most 2,000 rows a page

    monkeypatch.setattr(K3Client, "query", capped)
    async with K3Client(_config("http://k3.invalid/k3cloud/")) as k3:
        got = await k3._query_all("BD_MATERIAL", ("FNumber",), "", order="FNumber ASC", page=10_000)
    assert got == rows and asked == [(0, 10_000), (2000, 10_000), (4000, 10_000)]
