#!/usr/bin/env python3
"""Rebuilds the company and brand patterns of promotion.json from the word lists in contexts.json.

The lists `conflict_of_interest_company` (health-product companies, matched with their case, also
inside @handles) and `conflict_of_interest_brand` (marketed drug and device brands, any case) live in
contexts.json: edit them there, run `python3 rules/conflict_of_interest/brands.py`, then
`build/bin/secretum test-rules --rules rules`. Patterns run on the normalized post (accents removed).
This file is not read by the engine (only *.json and *.tsv are).
"""
import json, os, re, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))


def plain(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def alternation(words, space):
    # Longest first (RE2 keeps the first alternative that matches), then by name: the same output on
    # every run (a set's order changes from one Python process to the next).
    out = sorted({re.escape(plain(w)).replace(r"\ ", space) for w in words}, key=lambda s: (-len(s), s))
    return "|".join(out)


ctx = json.load(open(os.path.join(HERE, "contexts.json"), encoding="utf-8"))["lists"]
companies = alternation(ctx["conflict_of_interest_company"]["terms"], r"[\s_]?")
brands = alternation(ctx["conflict_of_interest_brand"]["terms"], r"\s")
PATTERNS = {
    # A company's @handle often carries a country or team suffix: @NovoNordiskFR, @AbbottNews.
    "coi-company-hospitality": (0, r"(?:^|[^A-Za-z0-9_])@?((?-i:" + companies + r"))(?:_\w*|(?-i:FR|US|UK|CA|QC|DE|IT|ES|BE|CH|AU|IN|News|Canada|France|Global|Pharma|Health|Medical|Diabetes|Oncology|Vaccines))?\b"),
    "coi-brand-praise": (0, r"\b((?i:" + brands + r"))(?:®|TM)?(?:\s?\d{1,2})?\b"),
}
path = os.path.join(HERE, "promotion.json")
doc = json.load(open(path, encoding="utf-8"))
for rule in doc["rules"]:
    if rule["id"] in PATTERNS:
        i, p = PATTERNS[rule["id"]]
        rule["patterns"][i] = p
with open(path, "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False, indent=2)
    f.write("\n")
