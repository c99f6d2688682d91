#!/usr/bin/env python3
"""Builds the fuzzers' seed corpora from the project's own data (run by scripts/fuzz).

    tests/fuzz/build_corpus.py OUT_DIR

OUT_DIR/analyze/  one file per post: two option bytes (see OptionsFromBytes in
                  tests/fuzz/invariants.h), then the post's UTF-8 text. Posts come from
                  tests/corpus/**/*.jsonl, examples/posts.jsonl and every rule's examples.
OUT_DIR/rules/    every rule file of rules/ as is, every rule alone in a file of its own
                  ({"rules": [rule]}, small inputs mutate better), and every rule as a
                  structured input (byte 0x01, flags, fields: see RulesHarness::FromFields).

OUT_DIR/<target>-quick/  a sample of the above, for scripts/fuzz --quick.

Hand-written hostile seeds live in tests/fuzz/seeds/{analyze,rules}/ and are passed to the
fuzzers as extra seed directories. File names are content hashes, so reruns are stable.
"""
import hashlib
import json
import pathlib
import shutil
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
SHARED = {"categories.json", "citations.json", "contexts.json", "reidentification-model.json",
          "atoms.json"}
# Option bytes the seeds cycle through: defaults (eager), defaults (lazy), French, English
# with jurisdiction uk, qc with min_severity medium, max_findings 1, messages in English.
PREFIXES = [b"\x00\x00", b"\x80\x00", b"\x01\x00", b"\x52\x00", b"\x20\x04", b"\x80\x20",
            b"\x08\x01"]


def write(directory, content):
    name = hashlib.sha1(content).hexdigest()
    (directory / name).write_bytes(content)


def posts():
    files = sorted(ROOT.glob("tests/corpus/**/*.jsonl")) + [ROOT / "examples/posts.jsonl"]
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield json.loads(line)["text"]
    for rule in rules():
        examples = rule.get("examples", {})
        for e in examples.get("fire", []):
            yield e if isinstance(e, str) else e["text"]
        for e in examples.get("quiet", []):
            yield e


def rule_files():
    return [p for p in sorted((ROOT / "rules").rglob("*.json")) if p.name not in SHARED]


def rules():
    for p in rule_files():
        yield from json.loads(p.read_text(encoding="utf-8")).get("rules", [])


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = pathlib.Path(sys.argv[1])
    analyze, rules_dir = out / "analyze", out / "rules"
    for d in (analyze, rules_dir, out / "analyze-quick", out / "rules-quick"):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
    seen = set()
    for i, text in enumerate(posts()):
        if text in seen:
            continue
        seen.add(text)
        write(analyze, PREFIXES[len(seen) % len(PREFIXES)] + text.encode("utf-8"))
    for p in rule_files():
        write(rules_dir, p.read_bytes())
    n_rules = 0
    for rule in rules():
        write(rules_dir, json.dumps({"rules": [rule]}, ensure_ascii=False).encode("utf-8"))
        n_rules += 1
        # The same rule as a structured input (RulesHarness::FromFields in tests/fuzz/harness.h).
        terms = rule.get("check") == "terms" and "terms" in rule
        patterns = rule.get("patterns") or rule.get("pattern") or []
        patterns = [patterns] if isinstance(patterns, str) else patterns
        if not terms and not patterns:
            continue
        context = rule.get("context", {}).get("terms", [])
        flags = (1 if terms else 0) | (2 if rule.get("case_sensitive") else 0) | \
                (4 if context else 0) | ((min(rule.get("group", 0), 3)) << 4)
        ex = rule["examples"]
        fire = ex["fire"][0] if isinstance(ex["fire"][0], str) else ex["fire"][0]["text"]
        quiet = ex["quiet"][0] if isinstance(ex["quiet"], list) else ex["quiet"]
        fields = ["\n".join(rule["terms"]) if terms else patterns[0], "\n".join(context), fire, quiet]
        write(rules_dir, b"\x01" + bytes([flags]) + "\0".join(fields).encode("utf-8"))
    # Quick runs (scripts/fuzz --quick) start from a sample, so that loading the seeds takes a
    # few seconds of the minute: every 10th post, every 3rd rule input.
    for d, step in ((analyze, 10), (rules_dir, 3)):
        for i, f in enumerate(sorted(d.iterdir())):
            if i % step == 0:
                shutil.copyfile(f, out / f"{d.name}-quick" / f.name)
    print(f"seeds: {len(seen)} posts in {analyze}, {len(rule_files())} rule files and "
          f"{n_rules} single rules in {rules_dir} (samples in *-quick/)", file=sys.stderr)


if __name__ == "__main__":
    main()
