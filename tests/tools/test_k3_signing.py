"""Signature vectors from the K/3 reference, computed by the official SDK 8.2.0 code."""

import pytest

from tools.k3.signing import client_secret, hmac_b64hex, login_sign, signed_headers

APP_ID = "123456_AAECAwQFBgcICQoLDA0ODxAREhMUFRYX"
SAVE_PATH = "/k3cloud/Kingdee.BOS.WebApi.ServicesStub.DynamicFormService.Save.common.kdsvc"


@pytest.mark.parametrize(
    ("app_id", "expected"),
    [
        (APP_ID, "MDE3N2I2PzBrPzg4OD45N3IhK3B1InIk"),  # reference vector
        ("123456_short", ""),  # the SDK yields '' when the part is not 32 chars
        ("no-underscore", ""),
    ],
)
def test_client_secret(app_id: str, expected: str) -> None:
    assert client_secret(app_id) == expected


def test_signed_headers_match_reference_vectors() -> None:
    h = signed_headers(
        SAVE_PATH,
        app_id=APP_ID,
        app_secret="0123456789abcdef0123456789abcdef",
        acct_id="acct001",
        username="demo",
        lcid=2052,
        org_num=0,
        timestamp=1700000000,
    )
    assert (
        h["X-Api-Signature"]
        == "NzI2MjZlOGJiNjBiYTJkYzM3NTU3NTI0ZGE3YWY4MDhmMDNhMmZmOTc0ZGI4ZWJiYjg0NWFiYWFiNzIwZTczNg=="
    )
    assert h["X-Kd-Appdata"] == "YWNjdDAwMSxkZW1vLDIwNTIsMA=="
    assert (
        h["X-Kd-Signature"]
        == "YTgyYjk1NThhNjYzNzMyNTc5ZGQxYzdiMTcwN2Q5Y2Y5ODk3NTU1Yjc1YTlhNmMyMzY2ODI4MWI0NzgxOWNiNQ=="
    )
    assert h["X-Api-ClientID"] == "123456"
    assert h["x-api-timestamp"] == h["x-api-nonce"] == "1700000000"


def test_signature_uses_only_the_path_of_a_full_url() -> None:
    kwargs = dict(app_id=APP_ID, app_secret="s", acct_id="a", username="u", lcid=2052, timestamp=1)
    full = signed_headers("http://erp.example:8080" + SAVE_PATH, **kwargs)  # type: ignore[arg-type]
    assert full["X-Api-Signature"] == signed_headers(SAVE_PATH, **kwargs)["X-Api-Signature"]  # type: ignore[arg-type]


def test_login_sign_vector() -> None:
    sign = login_sign("acct001", "demo", "123456", "appsecret", 1700000000)
    assert sign == "f7464f679adc7971aa38ca34a7453f76d735ab307f4e6a91fa403cd76affd314"


def test_hmac_is_base64_of_hex() -> None:
    assert len(hmac_b64hex("m", "k")) == 88
