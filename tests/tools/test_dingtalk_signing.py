"""DingTalk signatures: the reference's vectors, and what verify_* refuse."""

from __future__ import annotations

import pytest

from tools.dingtalk.signing import (
    card_callback_signature,
    custom_robot_url,
    robot_sign,
    verify_card_callback,
    verify_robot_request,
)

TS = 1700000000000
VECTOR = "BYMqUCZnSqbfPf1GCfZftO7Rg2g6P+Rp3/4+bLNtSGA="


def test_robot_sign_matches_the_reference_vector() -> None:
    assert robot_sign("test-secret", TS) == VECTOR
    assert robot_sign("test-secret", str(TS)) == VECTOR


def test_custom_robot_url_carries_timestamp_and_url_encoded_sign() -> None:
    url = custom_robot_url("https://oapi.dingtalk.com/robot/send?access_token=T", "test-secret", TS)
    assert url == (
        "https://oapi.dingtalk.com/robot/send?access_token=T&timestamp=1700000000000"
        "&sign=BYMqUCZnSqbfPf1GCfZftO7Rg2g6P%2BRp3%2F4%2BbLNtSGA%3D"
    )
    # signing twice replaces, never duplicates
    again = custom_robot_url(url, "test-secret", TS + 1)
    assert again.count("timestamp=") == 1 and again.count("sign=") == 1


@pytest.mark.parametrize(
    ("headers", "now", "ok"),
    [
        ({"timestamp": str(TS), "sign": VECTOR}, TS, True),  # exact
        ({"Timestamp": str(TS), "Sign": VECTOR}, TS + 3_599_999, True),  # header case, just inside 1 h
        ({"timestamp": str(TS), "sign": VECTOR}, TS - 300_000, True),  # 5 minutes ahead: clock skew
        ({"timestamp": str(TS), "sign": VECTOR}, TS - 300_001, False),  # further ahead: refused
        ({"timestamp": str(TS), "sign": VECTOR}, TS - 3_600_000, False),  # an hour ahead (was accepted)
        ({}, TS, False),  # unsigned
        ({"timestamp": str(TS)}, TS, False),  # no sign
        ({"sign": VECTOR}, TS, False),  # no timestamp
        ({"timestamp": str(TS), "sign": VECTOR.replace("B", "C", 1)}, TS, False),  # wrong sign
        ({"timestamp": str(TS + 1), "sign": VECTOR}, TS, False),  # sign of another timestamp
        ({"timestamp": str(TS), "sign": VECTOR}, TS + 3_600_001, False),  # stale
        ({"timestamp": "17e11", "sign": VECTOR}, TS, False),  # not a number
        ({"timestamp": "\u00b2", "sign": VECTOR}, TS, False),  # a digit to str.isdigit, not to int (was a 500)
        ({"timestamp": "1" * 5000, "sign": VECTOR}, TS, False),  # beyond int's digit limit (was a 500)
        ({"timestamp": "\uff11" * 13, "sign": VECTOR}, TS, False),  # full-width digits
        ({"timestamp": str(TS), "sign": VECTOR + "\u00e9"}, TS, False),  # a non-ASCII sign
        ({"timestamp": str(TS), "sign": "BYMqUCZnSqbfPf1GCfZftO7Rg2g6P%2BRp3%2F4%2BbLNtSGA%3D"}, TS, False),  # encoded
    ],
)
def test_verify_robot_request(headers: dict[str, str], now: int, ok: bool) -> None:
    assert verify_robot_request(headers, "test-secret", now) is ok


def test_verify_robot_request_refuses_another_secret() -> None:
    assert not verify_robot_request({"timestamp": str(TS), "sign": VECTOR}, "other-secret", TS)


def test_card_callback_signature_round_trip() -> None:
    sig = card_callback_signature("api-secret", TS)
    assert sig == card_callback_signature("api-secret", str(TS))
    good = {"x-ddpaas-signature-timestamp": str(TS), "x-ddpaas-signature": sig}
    assert verify_card_callback(good, "api-secret", TS + 1000)
    assert not verify_card_callback(good, "other", TS)
    tampered = ("A" if sig[0] != "A" else "B") + sig[1:]
    assert not verify_card_callback({**good, "x-ddpaas-signature": tampered}, "api-secret", TS)
    assert not verify_card_callback(good, "api-secret", TS + 3_600_001)
    assert not verify_card_callback(good, "api-secret", TS - 300_001), "more than 5 minutes ahead"
    assert not verify_card_callback({**good, "x-ddpaas-signature-timestamp": "\u00b2"}, "api-secret", TS)
    assert not verify_card_callback({**good, "x-ddpaas-signature-timestamp": "9" * 5000}, "api-secret", TS)
    assert not verify_card_callback({}, "api-secret", TS)
