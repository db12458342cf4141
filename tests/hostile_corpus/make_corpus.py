"""Write the hostile corpus beside this script from the Polish sample (run it again after a schema change).

Each case is one file a user could hand the program; cases.json says what must come back: the exit code
and the places (field paths, or line and column) the refusal must name.
"""

import json
from pathlib import Path

HERE = Path(__file__).parent
SAMPLE = HERE.parents[1] / "resources" / "samples" / "northwind-energy-en.roi"


def base() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def dumped(data: dict) -> bytes:
    # ensure_ascii keeps a lone surrogate as the escape "\ud800" (the only way JSON text can hold one)
    return json.dumps(data, indent=2, ensure_ascii=True).encode("ascii")


def with_value(path: tuple, value) -> bytes:
    data = base()
    node = data
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return dumped(data)


def duplicated(anchor: str, extra: str) -> bytes:
    """The sample with ``extra`` (a key and value) written once more just before ``anchor``'s first use."""
    text = json.dumps(base(), indent=2, ensure_ascii=False)
    assert anchor in text
    return text.replace(anchor, extra + ", " + anchor, 1).encode("utf-8")


def main() -> None:
    data = base()
    scenario3 = data["scenarios"][3]["name"]
    cases = {
        "surrogate-client-name.roi": (with_value(("client", "name"), "Northwind\ud800"), ["client.name"]),
        "surrogate-low-half-industry.roi": (with_value(("client", "industry"), "\udfff energy"), ["client.industry"]),
        "surrogate-scenario-name.roi": (with_value(("scenarios", 1, "name"), "\udbff"), ["scenarios[1].name"]),
        "surrogate-scenario-notes.roi": (with_value(("scenarios", 0, "notes"), "ok\n\ud83d"), ["scenarios[0].notes"]),
        "surrogate-line-name.roi": (with_value(("scenarios", 2, "lines", 0, "name"), "A\ud800"),
                                    ["scenarios[2].lines[0].name"]),
        "surrogate-comment.roi": (with_value(("comment",), "\ud800"), ["comment"]),
        "surrogate-report-title.roi": (with_value(("report", "title"), "T\udc80"), ["report.title"]),
        "surrogate-consultant.roi": (with_value(("report", "consultant"), "\ud800\udc00\ud800"),
                                     ["report.consultant"]),
        "surrogate-currency.roi": (with_value(("analysis", "currency"), "EU\ud800"), ["analysis.currency"]),
        "surrogate-kind.roi": (with_value(("scenarios", 0, "kind"), "cut\ud800"), ["scenarios[0].kind"]),
        "surrogate-in-a-key.roi": (with_value(("client", "A\ud800"), 1), ["client.'A\\ud800'"]),
        "surrogate-in-a-range-name.roi": (with_value(("client", "ranges", "x\ud800"), {"low": 1, "high": 2}),
                                          ["client.ranges.'x\\ud800'"]),
        "duplicate-scenario-name.roi": (duplicated(f'"name": "{scenario3}"', '"name": "Twice"'),
                                        ["scenarios[3].name"]),
        "duplicate-top-level-key.roi": (duplicated('"client": {', '"comment": "again"'), ["comment"]),
        "duplicate-client-field.roi": (duplicated('"customers":', '"customers": 5'), ["client.customers"]),
        "huge-key-in-client-ranges.roi": (with_value(("client", "ranges", "k" * 100_000), {"low": 1, "high": 2}),
                                          ["client.ranges.'kkkk"]),
        "huge-unknown-key.roi": (with_value(("scenarios", 0, "é" * 20_000), 1), ["scenarios[0].'éééé"]),
        "huge-name.roi": (with_value(("client", "name"), "N" * 100_000), ["client.name"]),
        "huge-kind.roi": (with_value(("scenarios", 1, "kind"), "x" * 100_000), ["scenarios[1].kind"]),
        "huge-schema-version.roi": (with_value(("schema_version",), "9" * 50_000), ["schema_version"]),
        "huge-number.roi": (with_value(("client", "notes"), 1).replace(b'"notes": 1', b'"notes": ' + b"9" * 5000),
                            ["line 15, column 14"]),
        "deep-nesting.roi": (with_value(("client", "ranges"), json.loads("[" * 40 + "]" * 40)),
                             ["client.ranges[0][0]"]),
        "deeper-than-python.roi": (b'{"schema_version": 3,\n "x": ' + b"[" * 5_000 + b"]" * 5_000 + b"}",
                                   ["line 2, column 38"]),
        "not-utf8.roi": (dumped(base()).replace(b'"Northwind', b'"North\xffwind', 1), ["line 5, column 19"]),
        "broken-json.roi": (dumped(base())[:-40], ["line"]),
        "polish-and-emoji-fine.roi": (with_value(("client", "name"), "Zażółć gęślą jaźń 😀"), []),
    }
    manifest = {}
    for name, (content, places) in cases.items():
        (HERE / name).write_bytes(content)
        manifest[name] = {"exit": 2 if places else 0, "places": places}
    (HERE / "cases.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
