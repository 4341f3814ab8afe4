"""The emulator's read-only HTML view shows an order as the WebAPI holds it."""

from __future__ import annotations

import httpx


def test_view_shows_order_status_quantities_and_reports(k3_fresh_url: str) -> None:
    k3_url = k3_fresh_url  # the listing shows the newest 60 orders: other tests must not have added any
    page = httpx.get(k3_url + "_admin/view", params={"bill": "mo20261102"})
    assert page.status_code == 200
    assert "MO20261102" in page.text and "开工" in page.text and "1000" in page.text
    assert "SCHB" in page.text, "its output reports are listed"
    assert httpx.get(k3_url + "_admin/view", params={"bill": "MO19990101"}).status_code == 404
    listing = httpx.get(k3_url + "_admin/view")
    assert "MO20261140" in listing.text


def test_view_escapes_what_users_typed(k3_url: str) -> None:
    body = {
        "formid": "PRD_MO",
        "data": {
            "Model": {
                "FID": 0,
                "FDescription": "<script>alert(1)</script>",
                "FTreeEntity": [
                    {
                        "FMaterialId": {"FNumber": "01.01.0011"},
                        "FQty": 1,
                        "FWorkShopID": {"FNumber": "WS01"},
                        "FPlanStartDate": "2026-12-01",
                        "FPlanFinishDate": "2026-12-02",
                    }
                ],
            }
        },
    }
    url = k3_url + "Kingdee.BOS.WebApi.ServicesStub.DynamicFormService.Save.common.kdsvc"
    with httpx.Client() as http:
        http.post(
            k3_url + "Kingdee.BOS.WebApi.ServicesStub.AuthService.ValidateUser.common.kdsvc",
            json={"parameters": ["demo", "demo", "demo", 2052]},
        )
        saved = http.post(url, json=body).json()
    bill = saved["Result"]["Number"]
    page = httpx.get(k3_url + "_admin/view", params={"bill": bill}).text
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
