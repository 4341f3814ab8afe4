"""Base-data lookups (materials, departments, BOMs and the static units, stocks, orgs) by number or id."""

from __future__ import annotations

import copy
from typing import Any

from .forms import find_form
from .store import Doc, Store

__all__ = ["RefIndex"]

_NUMBER_KEYS = ("fnumber", "fnumber ", "fstaffnumber", "fbillno")
_ID_KEYS = ("fid", "fmaterialid", "fdeptid", "fmasterid", "id")
_NAME_KEYS = ("fname",)


_Index = tuple[dict[str, Doc], dict[int, Doc]]


def _index(docs: list[Doc], pk: str | None = None) -> _Index:
    rows = docs if pk is None else [{**d, "id": d[pk]} for d in docs]
    return {str(d["FNumber"]).lower(): d for d in rows}, {int(d["id"]): d for d in rows}


class RefIndex:
    """Lookups for one request. The by-number and by-id maps of a stored form are built once and kept by
    the store until that form changes, so a request does not re-read the 1,000s of materials it refers to;
    lookups hand out copies, never the shared records."""

    def __init__(self, store: Store, statics: dict[str, tuple[tuple[int, str, str], ...]]) -> None:
        self._store = store
        self._statics = statics
        self._by_number: dict[str, dict[str, Doc]] = {}
        self._by_id: dict[str, dict[int, Doc]] = {}

    def _load(self, ref_form: str) -> None:
        if ref_form in self._by_number:
            return
        if ref_form in self._statics:
            statics = self._statics[ref_form]
            by_number, by_id = _index([{"id": i, "FNumber": n, "FName": name} for i, n, name in statics])
        else:
            form = find_form(ref_form)
            assert form is not None, ref_form
            pk = form.pk
            by_number, by_id = self._store.derived(form.form_id, "refs", lambda docs: _index(docs, pk))
        self._by_number[ref_form], self._by_id[ref_form] = by_number, by_id

    def by_number(self, ref_form: str, number: Any) -> Doc | None:
        return _copy(self.peek(ref_form, number))

    def peek(self, ref_form: str, number: Any) -> Doc | None:
        """`by_number` without the copy, for readers (queries) that never modify what they get."""
        if number is None:
            return None
        self._load(ref_form)
        return self._by_number[ref_form].get(str(number).strip().lower())

    def by_id(self, ref_form: str, doc_id: Any) -> Doc | None:
        self._load(ref_form)
        try:
            return _copy(self._by_id[ref_form].get(int(doc_id)))
        except (TypeError, ValueError):
            return None

    def by_name(self, ref_form: str, name: Any) -> Doc | None:
        self._load(ref_form)
        for d in self._by_number[ref_form].values():
            if str(d.get("FName", "")) == str(name):
                return _copy(d)
        return None

    def lookup(self, ref_form: str, value: Any) -> tuple[Doc | None, str]:
        """The base-data record a Save value points to, and the text to quote if it does not exist.

        Values are `{"FNumber": "X"}` (key case-insensitive; FName / FID / FMATERIALID also work),
        a bare number string, or an integer id. Forbidden records do not resolve.
        """
        shown = ""
        found: Doc | None = None
        if isinstance(value, dict):
            keys = {str(k).lower(): v for k, v in value.items()}
            if any(k in keys for k in _NUMBER_KEYS):
                shown = str(next(keys[k] for k in _NUMBER_KEYS if k in keys))
                found = self.by_number(ref_form, shown)
            elif any(k in keys for k in _NAME_KEYS):
                shown = str(keys["fname"])
                found = self.by_name(ref_form, shown)
            elif any(k in keys for k in _ID_KEYS):
                shown = str(next(keys[k] for k in _ID_KEYS if k in keys))
                found = self.by_id(ref_form, shown)
        elif isinstance(value, bool):
            shown = str(value)
        elif isinstance(value, int | float):
            shown = str(int(value))
            found = self.by_id(ref_form, value)
        else:
            shown = str(value)
            found = self.by_number(ref_form, shown)
        if found is not None and found.get("FForbidStatus", "A") == "B":
            found = None
        return found, shown

    @staticmethod
    def is_empty(value: Any) -> bool:
        if value is None or value == "" or value == 0:
            return True
        if isinstance(value, dict):
            return all(v in (None, "", 0, "0") for v in value.values())
        return False


def _copy(doc: Doc | None) -> Doc | None:
    return None if doc is None else copy.deepcopy(doc)
