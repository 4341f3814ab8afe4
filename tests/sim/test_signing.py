"""The signatures match the reference's test vectors (computed with the official SDK)."""

from __future__ import annotations

import base64

import pytest

from sim.k3cloud import signing

APP_ID = "123456_AAECAwQFBgcICQoLDA0ODxAREhMUFRYX"
SAVE_PATH = "/k3cloud/Kingdee.BOS.WebApi.ServicesStub.DynamicFormService.Save.common.kdsvc"


def test_client_secret_vector() -> None:
    assert signing.client_secret(APP_ID) == "MDE3N2I2PzBrPzg4OD45N3IhK3B1InIk"


@pytest.mark.parametrize("app_id", ["123456_short", "no-underscore", "1_2_3"])
def test_client_secret_is_empty_for_malformed_app_ids(app_id: str) -> None:
    assert signing.client_secret(app_id) == ""


def test_api_signature_vector() -> None:
    sig = signing.api_signature(SAVE_PATH, "1700000000", "1700000000", "MDE3N2I2PzBrPzg4OD45N3IhK3B1InIk")
    assert sig == "NzI2MjZlOGJiNjBiYTJkYzM3NTU3NTI0ZGE3YWY4MDhmMDNhMmZmOTc0ZGI4ZWJiYjg0NWFiYWFiNzIwZTczNg=="
    assert len(sig) == 88


def test_app_data_and_kd_signature_vectors() -> None:
    data = signing.app_data("acct001", "demo", 2052, 0)
    assert base64.b64encode(data.encode()).decode() == "YWNjdDAwMSxkZW1vLDIwNTIsMA=="
    sig = signing.kd_signature(APP_ID, data, "0123456789abcdef0123456789abcdef")
    assert sig == "YTgyYjk1NThhNjYzNzMyNTc5ZGQxYzdiMTcwN2Q5Y2Y5ODk3NTU1Yjc1YTlhNmMyMzY2ODI4MWI0NzgxOWNiNQ=="


def test_login_sign_vector() -> None:
    sign = signing.login_sign("acct001", "demo", "123456", "appsecret", 1700000000)
    assert sign == "f7464f679adc7971aa38ca34a7453f76d735ab307f4e6a91fa403cd76affd314"
    # the digest is over the sorted values, so argument order does not matter but every value does
    assert signing.login_sign("acct001", "demo", "123456", "appsecret", 1700000001) != sign


def test_encode_path_escapes_slashes() -> None:
    assert signing.encode_path("/k3cloud/A.B.common.kdsvc") == "%2Fk3cloud%2FA.B.common.kdsvc"


def test_our_signatures_equal_the_official_sdk() -> None:
    from k3cloud_webapi_sdk.util import encode_util, hmac_util

    assert encode_util.DecodeAppSecret(APP_ID.split("_")[1]) == signing.client_secret(APP_ID)
    assert hmac_util.HmacSHA256("x", "k") == signing.hmac_b64("x", "k")
