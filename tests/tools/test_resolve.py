"""Material resolver: normalisation tables, every demo alias, ambiguity, not-found, persistence, learning."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

import tools.resolve
from dingk3.paths import DEMO_DATA_DIR
from tools.k3.models import Material
from tools.resolve import MaterialResolver
from tools.resolve.normalize import clean, compact, joined, split_tokens
from tools.resolve.vectors import NgramHashEmbedding

CATALOG = DEMO_DATA_DIR / "materials.csv"


@pytest.fixture(scope="session")
def demo_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo catalog's index, built once per test session."""
    path = tmp_path_factory.mktemp("resolve") / "demo"
    MaterialResolver.open(catalog_csv=CATALOG, index_dir=path)
    return path


@pytest.fixture(scope="session")
def resolver(demo_index: Path) -> MaterialResolver:
    return MaterialResolver.open(catalog_csv=CATALOG, index_dir=demo_index)


@pytest.fixture
def fresh(demo_index: Path, tmp_path: Path) -> MaterialResolver:
    """A private copy of the demo index, for tests that learn or upsert."""
    shutil.copytree(demo_index, tmp_path / "index")
    return MaterialResolver.open(catalog_csv=CATALOG, index_dir=tmp_path / "index")


def test_public_surface() -> None:
    assert tools.resolve.__all__ == [
        "Candidate", "Catalog", "MaterialResolver", "Resolution", "WorkshopResolver", "open_catalog",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("ＨＶ－２０５０", "hv-2050"),  # full width → half width
        ("不鏽鋼螺栓", "不锈钢螺栓"),  # traditional → simplified
        ("M8×30", "m8x30"),
        ("m8*30", "m8x30"),
        ("M8 X 30", "m8x30"),  # spaced multiplication sign
        ("直径20", "φ20"),
        ("Φ65", "φ65"),
        ("HV2050阀体还有多少库存", "hv2050阀体"),  # chat filler dropped
        ("304螺丝m8*30的库存", "不锈钢ss304 螺丝m8x30"),  # a steel grade glued to a part is its material
        ("要做300个液压阀体", "液压阀体"),  # a quantity is not part of the material
        ("SS304 hex bolt M8 x 30 in stock?", "不锈钢ss304 六角螺栓 m8x30"),  # the trade's words in canonical form
        ("合金钢8.8级", "合金钢 gr8.8"),  # a grade is one spec token, its dot kept
        ("麻烦看下16兆帕 耐振压力表 M14*1.5在哪个库位", "16mpa 抗震压力表 m14x1.5"),  # the trade's chat words are data
        ("帮我查下m24乘120 全牙外六角10.9级", "m24x120 全螺纹六角螺栓 gr10.9"),  # what speech-to-text writes
        ("领6个M12*65 外六角 4.8级 黑色DIN 931", "m12x65 六角螺栓 gr4.8 发黑 din931"),
    ],
)
def test_clean(text: str, cleaned: str) -> None:
    assert clean(text) == cleaned
    assert clean(cleaned) == cleaned  # idempotent


@pytest.mark.parametrize(
    ("text", "tokens", "residue"),
    [
        ("m8x30", [("m", "8", "x", "30")], ""),  # one token, never m8 + 30
        ("6205-2rs轴承", [("6205", "2", "rs")], "轴承"),
        ("tc30x47x7", [("tc", "30", "x", "47", "x", "7")], ""),
        ("hsg63x200", [("hsg", "63", "x", "200")], ""),
        ("dc24v线圈", [("dc", "24", "v")], "线圈"),
        ("hv2050阀体", [("hv", "2050")], "阀体"),  # no separator between spec and name
        ("304螺丝m8x30", [("304",), ("m", "8", "x", "30")], "螺丝"),
        ("圆钢45#φ20", [("45", "#"), ("φ", "20")], "圆钢"),
        ("sp-1.2x8x30", [("sp", "1.2", "x", "8", "x", "30")], ""),
        ("ss304 hex bolt", [("ss", "304")], "hex bolt"),  # Latin words stay apart
    ],
)
def test_split_tokens(text: str, tokens: list[tuple[str, ...]], residue: str) -> None:
    assert split_tokens(text) == (tokens, residue)


@pytest.mark.parametrize(
    ("parts", "joined_parts"),
    [
        (("6205", "2", "rs"), ("62052", "rs")),  # 62052RS written without the hyphen
        (("zx", "a", "1"), ("zxa", "1")),
        (("m", "8", "x", "30"), ("m", "8", "x", "30")),  # unchanged
    ],
)
def test_joined(parts: tuple[str, ...], joined_parts: tuple[str, ...]) -> None:
    assert joined(parts) == joined_parts


def test_compact_keys_ignore_separators() -> None:
    assert compact("SS304 hex bolt M8*30") == compact("ss304 hex bolt m8 x 30") == "不锈钢ss304六角螺栓m8x30"


def _demo_rows() -> list[dict[str, str]]:
    with CATALOG.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_every_demo_alias_and_number_resolves(resolver: MaterialResolver) -> None:
    failures = []
    for row in _demo_rows():
        for phrase in [row["number"], *row["aliases"].split(";")]:
            r = resolver.resolve(phrase)
            if r.verdict != "resolved" or r.best is None or r.best.number != row["number"]:
                failures.append((phrase, row["number"], r.verdict, r.best))
    assert failures == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("HV2050阀体", "01.01.0001"),  # missing separator, partial name
        ("304螺丝m8*30", "03.01.0743"),
        ("SS304 hex bolt M8 x 30", "03.01.0039"),  # English alias, spaced
        ("6205轴承", "03.02.0014"),  # partial spec, only one 6205
        ("铝棒65", "03.02.0026"),  # Φ65 without its sign
        ("HV-2050还有多少库存", "01.01.0001"),
        ("M8x30 不锈钢304六角螺栓", "03.01.0039"),  # spec before name
        ("碳钢镀六角螺栓M8x30", "03.01.0215"),  # a dropped character
        ("液压閥體 HV-3250", "01.01.0003"),  # traditional characters
        ("03.01.0047现在有多少", "03.01.0047"),  # K/3 number inside a sentence
        ("03.01.0047够不够", "03.01.0047"),  # even with words the filler list does not know
        ("62052RS轴承", "03.02.0014"),  # hyphen dropped from the spec
    ],
)
def test_noisy_queries_resolve(resolver: MaterialResolver, text: str, number: str) -> None:
    r = resolver.resolve(text)
    assert (r.verdict, r.best and r.best.number) == ("resolved", number)
    assert 0 < r.best.score <= 1  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("液压阀体", {"01.01.0001", "01.01.0002", "01.01.0003", "01.01.0004"}),
        ("304螺栓M8", None),  # several lengths
        ("不鏽鋼螺栓", None),
        ("阀芯", {"02.01.0001", "02.01.0005", "02.01.0009", "02.01.0013"}),
    ],
)
def test_ambiguous(resolver: MaterialResolver, text: str, numbers: set[str] | None) -> None:
    r = resolver.resolve(text, limit=10)
    assert r.verdict == "ambiguous" and r.best is None
    assert len(r.candidates) >= 2
    if numbers is not None:
        assert {c.number for c in r.candidates} == numbers


def test_ambiguous_304_m8_lists_only_m8_bolts(resolver: MaterialResolver) -> None:
    r = resolver.resolve("304螺栓M8", limit=20)
    assert all(c.name == "不锈钢304六角螺栓" and c.spec.startswith("M8x") for c in r.candidates)


@pytest.mark.parametrize(
    "text",
    [
        "304螺栓M8x33",  # a length nobody makes: M8x30 and M8x35 are different parts
        "液压阀体HV-9999",
        "钛合金齿轮",
        "伺服电机",
    ],
)
def test_not_found_offers_suggestions(resolver: MaterialResolver, text: str) -> None:
    r = resolver.resolve(text)
    assert r.verdict == "not_found" and r.best is None
    assert r.candidates  # nearest suggestions


def test_spec_mismatch_suggests_the_same_family(resolver: MaterialResolver) -> None:
    r = resolver.resolve("304螺栓M8x33")
    assert r.verdict == "not_found"
    assert {(c.name, c.spec[:3]) for c in r.candidates} == {("不锈钢304六角螺栓", "M8x")}


def test_producible_only(resolver: MaterialResolver) -> None:
    assert resolver.resolve("6205轴承").verdict == "resolved"
    assert resolver.resolve("6205轴承", producible_only=True).verdict == "not_found"
    r = resolver.resolve("液压阀体", producible_only=True)
    assert r.verdict == "ambiguous" and {c.category for c in r.candidates} == {"产成品"}
    r = resolver.resolve("HV-20阀芯", producible_only=True)
    assert r.best is not None and r.best.number == "02.01.0001"  # 半成品 is producible


def test_reopen_reuses_index_without_embedding(demo_index: Path) -> None:
    before = NgramHashEmbedding.documents_embedded
    again = MaterialResolver.open(catalog_csv=CATALOG, index_dir=demo_index)
    assert again.embedded_on_open == 0
    assert NgramHashEmbedding.documents_embedded == before
    assert again.resolve("HV2050阀体").best.number == "01.01.0001"  # type: ignore[union-attr]


def test_a_closed_index_opens_again_as_it_was(demo_index: Path, tmp_path: Path) -> None:
    """Closing lets chromadb drop the index from the process (the dialogue evals open one per dialogue); what it
    stored stays on disk and the next open embeds nothing."""
    shutil.copytree(demo_index, tmp_path / "index")
    first = MaterialResolver.open(catalog_csv=CATALOG, index_dir=tmp_path / "index")
    first.close()
    again = MaterialResolver.open(catalog_csv=CATALOG, index_dir=tmp_path / "index")
    assert again.embedded_on_open == 0
    assert again.resolve("HV2050阀体").best.number == "01.01.0001"  # type: ignore[union-attr]
    again.close()


def test_changed_catalog_embeds_only_the_change(demo_index: Path, tmp_path: Path) -> None:
    shutil.copytree(demo_index, tmp_path / "index")
    rows = _demo_rows()
    rows[0]["name"] = "液压阀体总成"
    catalog = tmp_path / "materials.csv"
    with catalog.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    r = MaterialResolver.open(catalog_csv=catalog, index_dir=tmp_path / "index")
    assert r.embedded_on_open == 1


def test_learned_alias_wins_next_time_and_is_audited(fresh: MaterialResolver, tmp_path: Path) -> None:
    assert fresh.resolve("HV阀体").verdict == "ambiguous"
    fresh.learn("HV阀体", "01.01.0002", user="zhang.san")
    assert fresh.resolve("hv 阀体").best.number == "01.01.0002"  # type: ignore[union-attr]
    reopened = MaterialResolver.open(catalog_csv=CATALOG, index_dir=tmp_path / "index")
    assert reopened.resolve("HV阀体").best.number == "01.01.0002"  # type: ignore[union-attr]
    audit = [json.loads(x) for x in (tmp_path / "index" / "alias_audit.jsonl").read_text().splitlines()]
    assert audit[-1] | {"at": None} == {
        "at": None, "user": "zhang.san", "phrase": "HV阀体", "number": "01.01.0002", "previous": []
    }  # fmt: skip


def test_edited_alias_csv_is_read(demo_index: Path, tmp_path: Path) -> None:
    shutil.copytree(demo_index, tmp_path / "index")
    (tmp_path / "index" / "aliases.csv").write_text(
        "phrase,number,source,user,at\n老款阀体,01.01.0004,manual,admin,2025-01-01\n", encoding="utf-8"
    )
    r = MaterialResolver.open(catalog_csv=CATALOG, index_dir=tmp_path / "index")
    assert r.resolve("老款阀体").best.number == "01.01.0004"  # type: ignore[union-attr]


def test_learn_refuses_unknown_number(fresh: MaterialResolver) -> None:
    from dingk3.errors import ResolveError

    with pytest.raises(ResolveError):
        fresh.learn("x", "99.99.9999", user="u")


def test_upsert_adds_changes_and_drops(fresh: MaterialResolver, tmp_path: Path) -> None:
    new = Material(number="01.01.0099", name="液压阀体", spec="HV-7070", category="产成品", aliases=("BOM-7070",))
    assert fresh.upsert([new]) == 1
    assert fresh.upsert([new]) == 0  # unchanged: nothing to do
    assert fresh.resolve("HV7070阀体").best.number == "01.01.0099"  # type: ignore[union-attr]
    assert fresh.resolve("BOM-7070").best.number == "01.01.0099"  # type: ignore[union-attr]  # its alias
    renamed = new.model_copy(update={"spec": "HV-7171", "aliases": ("BOM-7171",)})
    assert fresh.upsert([renamed]) == 1
    assert fresh.resolve("BOM-7070").verdict == "not_found"  # the old alias is gone with the old version
    assert fresh.resolve("HV7171阀体").best.number == "01.01.0099"  # type: ignore[union-attr]
    gone = Material(number="01.01.0001", name="液压阀体", spec="HV-2050", forbidden=True)
    draft = Material(number="01.01.0002", name="液压阀体", spec="HV-2063", audited=False)  # taken back to edit
    assert fresh.upsert([gone, draft]) == 2
    assert fresh.resolve("HV2050阀体").verdict == "not_found"
    assert fresh.resolve("BOM-2063").verdict == "not_found"
    assert fresh.get("01.01.0001") is None and len(fresh) == 1243 + 1 - 2
    assert fresh.pending == 1  # one material beside the lexical base
    fresh.compact()
    assert fresh.pending == 0
    assert fresh.resolve("HV7171阀体").best.number == "01.01.0099"  # type: ignore[union-attr]
    assert fresh.resolve("HV2050阀体").verdict == "not_found"


def test_a_resolve_holds_one_version_while_a_change_is_swapped_in(fresh: MaterialResolver) -> None:
    version = fresh._version  # what a resolve running now reads, whatever is swapped in meanwhile
    fresh.upsert([Material(number="01.01.0001", name="液压阀体", spec="HV-2050", forbidden=True)])
    assert fresh._version is not version
    assert version.index.materials["01.01.0001"].spec == "HV-2050"  # the old version is untouched
    assert "01.01.0001" not in fresh._version.index.materials


def test_a_single_leftover_character_does_not_pick_among_same_spec_items(resolver: MaterialResolver) -> None:
    """'HV-20 还有多少件': 件 is also the last character of 阀体粗加工件, which is no reason to choose it."""
    res = resolver.resolve("HV-20 还有多少件")
    assert res.verdict == "ambiguous"
    assert {c.spec for c in res.candidates} == {"HV-20"}
