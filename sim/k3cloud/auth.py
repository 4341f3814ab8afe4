"""Sessions (kdservice-sessionid / ASP.NET_SessionId), per-request signature checks and the AuthService logins."""

from __future__ import annotations

import base64
import binascii
import hmac
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from . import signing
from .config import EmulatorConfig

__all__ = ["Session", "SessionStore", "SignatureCheck", "check_signature", "login"]

SID_COOKIE = "kdservice-sessionid"
ASPNET_COOKIE = "ASP.NET_SessionId"
_LCIDS = {2052, 1033, 3076}

SignatureCheck = Literal["ok", "absent", "bad", "bad_acct"]


@dataclass
class Session:
    sid: str
    aspnet: str
    username: str
    expires_at: float


class SessionStore:
    """Live sessions with an idle TTL (sliding: every use extends it)."""

    def __init__(self, ttl_s: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl_s = ttl_s
        self._clock = clock
        self._by_sid: dict[str, Session] = {}
        self._by_aspnet: dict[str, str] = {}
        self._lock = threading.Lock()

    def create(self, username: str) -> Session:
        with self._lock:
            s = Session(secrets.token_hex(16), secrets.token_urlsafe(18)[:24].lower(), username, 0.0)
            s.expires_at = self._clock() + self.ttl_s
            self._by_sid[s.sid] = s
            self._by_aspnet[s.aspnet] = s.sid
            return s

    def get(self, sid: str | None = None, aspnet: str | None = None) -> Session | None:
        """The live session for a session id (or ASP.NET id), extending its life; None if unknown/expired."""
        with self._lock:
            key = sid if sid in self._by_sid else self._by_aspnet.get(aspnet or "")
            s = self._by_sid.get(key or "")
            if s is None:
                return None
            now = self._clock()
            if now >= s.expires_at:
                self._forget(s)
                return None
            s.expires_at = now + self.ttl_s
            return s

    def drop(self, sid: str) -> None:
        with self._lock:
            s = self._by_sid.get(sid)
            if s is not None:
                self._forget(s)

    def drop_all(self) -> int:
        with self._lock:
            n = len(self._by_sid)
            self._by_sid.clear()
            self._by_aspnet.clear()
            return n

    def count(self) -> int:
        with self._lock:
            return len(self._by_sid)

    def _forget(self, s: Session) -> None:
        self._by_sid.pop(s.sid, None)
        self._by_aspnet.pop(s.aspnet, None)


def _header(headers: Any, name: str) -> str:
    return str(headers.get(name) or "")


def check_signature(headers: Any, path: str, config: EmulatorConfig) -> tuple[SignatureCheck, str]:
    """Verify the SDK 8.x X-Api-* / X-Kd-* headers of a request to `path`; returns the verdict and user."""
    app_key = _header(headers, "x-kd-appkey")
    if not app_key:
        return "absent", ""
    try:
        plain = base64.b64decode(_header(headers, "x-kd-appdata"), validate=True).decode("utf-8")
        acct, user, lcid, _org = plain.split(",", 3)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return "bad", ""
    if acct != config.acct_id:
        return "bad_acct", user
    if app_key != config.app_id or user != config.username or not lcid.isdigit() or int(lcid) not in _LCIDS:
        return "bad", user
    kd = signing.kd_signature(app_key, plain, config.app_secret)
    if not hmac.compare_digest(kd, _header(headers, "x-kd-signature")):
        return "bad", user
    client_id = config.app_id.split("_")[0]
    if _header(headers, "x-api-clientid") not in ("", client_id):
        return "bad", user
    ts, nonce = _header(headers, "x-api-timestamp"), _header(headers, "x-api-nonce")
    expected = signing.api_signature(path, ts, nonce, signing.client_secret(config.app_id))
    if not ts or not hmac.compare_digest(expected, _header(headers, "x-api-signature")):
        return "bad", user
    return "ok", user


# -- AuthService logins


@dataclass
class LoginOutcome:
    http_status: int
    body: Any
    session: Session | None


_POSITIONS: dict[str, tuple[str, ...]] = {
    "validateuser": ("acctid", "username", "password", "lcid"),
    "validateuser2": ("acctid", "username", "password", "iskickoff", "lcid"),
    "loginbyappsecret": ("acctid", "username", "appid", "appsecret", "lcid"),
    "loginbyappsecret2": ("acctid", "username", "appid", "appsecret", "iskickoff", "lcid"),
    "loginbysign": ("acctid", "username", "appid", "timestamp", "sign", "lcid"),
    "loginbysign2": ("acctid", "username", "appid", "timestamp", "sign", "iskickoff", "lcid"),
}
LOGIN_METHODS = frozenset(_POSITIONS)


def login_args(method: str, params: list[Any] | dict[str, Any]) -> dict[str, str]:
    """Named login arguments from the positional `parameters` list or the object form."""
    if isinstance(params, dict):
        return {str(k).lower(): str(v) for k, v in params.items()}
    return {name: str(v) for name, v in zip(_POSITIONS[method], params, strict=False)}


def _reply(config: EmulatorConfig, session: Session | None, message: str | None, result: int) -> dict[str, Any]:
    ctx = None
    if session is not None:
        ctx = {
            "UserLocale": "zh-CN",
            "LogLocale": "zh-CN",
            "DBid": config.acct_id,
            "DatabaseType": 3,
            "SessionId": session.aspnet,
            "UseLanguages": [{"LocaleId": config.lcid, "LocaleName": "中文(简体/中国)", "Alias": "CN"}],
            "UserId": 100008,
            "UserName": session.username,
            "CustomName": "DingK3 演示",
            "DisplayVersion": "8.2.0.0",
            "DataCenterName": "DingK3演示数据中心",
            "UserToken": session.sid,
            "CurrentOrganizationInfo": {
                "ID": 1,
                "AcctOrgType": "1",
                "Name": "DingK3演示工厂",
                "FunctionIds": [101, 102, 103, 104, 107, 108, 109, 110, 111, 112, 113, 114],
            },
            "IsCH_ZH_AutoTrans": False,
            "ClientType": 32,
            "WeiboAuthInfo": None,
            "UTimeZone": {
                "OffsetTicks": 288000000000,
                "StandardName": "(UTC+08:00)北京，重庆，香港特别行政区，乌鲁木齐",
            },
            "STimeZone": None,
            "GDCID": None,
            "Gsid": None,
            "TRLevel": 0,
            "ProductEdition": 0,
            "DataCenterNumber": config.acct_id,
        }
    return {
        "Message": message,
        "MessageCode": "CheckPasswordPolicy" if result == 1 else None,
        "LoginResultType": result,
        "Context": ctx,
        "KDSVCSessionId": session.sid if session else None,
        "FormId": None,
        "RedirectFormParam": None,
        "FormInputObject": None,
        "ErrorStackTrace": None,
        "Lcid": 0,
        "AccessToken": None,
        "CustomParam": {},
        "KdAccessResult": None,
        "IsSuccessByAPI": result == 1,
    }


def login(method: str, args: dict[str, str], config: EmulatorConfig, sessions: SessionStore) -> LoginOutcome:
    """Run one AuthService login; success ⇔ LoginResultType 1, with a new session."""
    acct = args.get("acctid", "")
    user = args.get("username", args.get("user", ""))
    lcid = args.get("lcid", str(config.lcid)) or str(config.lcid)
    via_app = method.startswith("loginby")
    if acct != config.acct_id:
        if via_app:
            return LoginOutcome(500, "Fail to verify thirty passport", None)
        return LoginOutcome(200, _reply(config, None, "数据中心不存在，请检查账套ID是否正确！", 0), None)
    ok = user == config.username and lcid.isdigit() and int(lcid) in _LCIDS
    if method.startswith("validateuser"):
        ok = ok and hmac.compare_digest(args.get("password", ""), config.password)
    elif method.startswith("loginbyappsecret"):
        ok = ok and args.get("appid") == config.app_id
        ok = ok and hmac.compare_digest(args.get("appsecret", ""), config.app_secret)
    else:
        ts = args.get("timestamp", "")
        candidates = {
            fn(acct, user, args.get("appid", ""), config.app_secret, ts)
            for fn in (signing.login_sign, signing.login_sign_sha1)
        }
        ok = ok and args.get("appid") == config.app_id and args.get("sign", "").lower() in candidates
    if not ok:
        message = "用户名或密码错误！" if method.startswith("validateuser") else "第三方系统登录授权验证失败！"
        return LoginOutcome(200, _reply(config, None, message, -1), None)
    session = sessions.create(user)
    return LoginOutcome(200, _reply(config, session, None, 1), session)
