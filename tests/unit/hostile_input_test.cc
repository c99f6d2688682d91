// Hostile and odd posts (issue 7): invalid UTF-8, NUL and control bytes, bidi controls, emoji
// sequences, combining marks, look-alike letters, fullwidth and other digits, invisible
// characters and spacing inside identifiers, thousands of findings. Whatever the input: no
// crash, every report satisfies the invariants of tests/fuzz/invariants.h (spans inside the
// text, on code point boundaries, `text` equal to the caller's bytes, UTF-16 offsets in JSON),
// and obfuscated identifiers are still found with offsets pointing at the original text.
//
// Cases the engine does not handle yet are marked doctest::should_fail(): they pass while the
// engine fails them and turn red once it is fixed, so remove the decorator with the fix.
// Big posts (1 MB, 10 MB, time ratios) are tested through the CLI: tests/robustness/.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../fuzz/invariants.h"
#include "secretum/secretum.h"

namespace {

const secretum::Analyzer& Engine() {
  static const secretum::Analyzer analyzer(secretum::RuleSet::Builtin());
  return analyzer;
}

// Analyzes and checks every invariant; fails the test with the reason otherwise.
secretum::Report Check(const std::string& post, const secretum::Options& options = {}) {
  REQUIRE(Engine().ok());
  secretum::Report r = Engine().Analyze(post, options);
  std::string problem = secretum::fuzz::CheckReport(post, options, r);
  CHECK_MESSAGE(problem.empty(), problem);
  return r;
}

const secretum::Finding* Find(const secretum::Report& r, const std::string& rule) {
  for (const auto& f : r.findings)
    if (f.rule == rule) return &f;
  return nullptr;
}

// The finding of `rule`, whose bytes in the post must be exactly `expected`.
void ExpectFinding(const std::string& post, const std::string& rule, const std::string& expected) {
  secretum::Report r = Check(post);
  const secretum::Finding* f = Find(r, rule);
  REQUIRE_MESSAGE(f != nullptr, "no " << rule << " in: " << post);
  CHECK(post.substr(f->start, f->end - f->start) == expected);
  CHECK(f->text == expected);
}

}  // namespace

TEST_SUITE("hostile input") {

TEST_CASE("invalid UTF-8 never crashes, sets invalid_utf8 and keeps offsets on the caller's bytes") {
  const std::vector<std::string> bad = {
      "\xff", "\x80", "\xc3", "\xe2\x82", "\xf0\x9f\x99",  // lone, truncated
      "\xc0\xaf", "\xe0\x80\xaf", "\xf8\x88\x80\x80\x80",  // overlong, 5-byte form
      "\xed\xa0\x80", "\xed\xbf\xbf", "\xed\xa0\xbd\xed\xb8\x80",  // surrogates (CESU-8)
      "\xf4\x90\x80\x80", "\xfe\xfe\xff\xff",                      // above U+10FFFF, BOM-ish bytes
  };
  for (const std::string& b : bad) {
    CAPTURE(b);
    std::string post = "Mme Lemaire " + b + " chambre 212 " + b;
    secretum::Report r = Check(post);
    CHECK(r.invalid_utf8);
    CHECK(Find(r, "title-name-fr-f") != nullptr);
    CHECK(Find(r, "room-bed") != nullptr);
    Check(b);  // the bad bytes alone
    Check(b + b + b + "Mme Lemaire");
  }
}

TEST_CASE("a finding right after invalid bytes starts on the right byte") {
  std::string post = "\xe2\x82\xff\xc3Mme Lemaire, chambre 212";
  secretum::Report r = Check(post);
  const secretum::Finding* f = Find(r, "title-name-fr-f");
  REQUIRE(f != nullptr);
  CHECK(f->start == 4);
  // JSON offsets: each invalid byte is one U+FFFD, one UTF-16 unit.
  CHECK(secretum::Utf16Offset(post, f->start) == 4);
}

TEST_CASE("empty and blank posts give empty reports") {
  for (const std::string& post : {std::string(), std::string(" "), std::string("\n\n\t"),
                                  std::string("\u200b\u200b"), std::string(1, '\0')}) {
    secretum::Report r = Check(post);
    CHECK(r.findings.empty());
    CHECK_FALSE(r.truncated);
  }
}

TEST_CASE("NUL and control bytes separate words like spaces, spans keep them") {
  ExpectFinding(std::string("Mme\0Lemaire, chambre 212", 24), "title-name-fr-f",
                std::string("Mme\0Lemaire", 11));
  ExpectFinding(std::string("NIR de la patiente : 2\x01" "95 10 99 126 111 93"), "fr-nir",
                "2\x01" "95 10 99 126 111 93");
  Check(std::string(300, '\0'));
  Check("\x1b[31mMme Lemaire\x1b[0m\r\n\x7f\x85");
}

TEST_CASE("bidi controls around and inside a name are ignored, the span is the name") {
  ExpectFinding("\u202eMme Lemaire\u202c, chambre 212", "title-name-fr-f", "Mme Lemaire");
  ExpectFinding("\u2067Mme Le\u200fmaire\u2069 en chambre 212", "title-name-fr-f", "Mme Le\u200fmaire");
  ExpectFinding("chambre \u202d2\u202e1\u202c2 pour Mme Lemaire", "room-bed", "chambre \u202d2\u202e1\u202c2");
}

TEST_CASE("emoji sequences before a finding: byte offsets and UTF-16 offsets both right") {
  std::string post = "👩🏽‍⚕️👨‍👩‍👧‍👦🏳️‍🌈 Mme Lemaire 🙏🏻, chambre 212 🇫🇷";
  secretum::Report r = Check(post);
  const secretum::Finding* f = Find(r, "title-name-fr-f");
  REQUIRE(f != nullptr);
  CHECK(f->text == "Mme Lemaire");
  // 👩🏽‍⚕️ = 2+2+1+1+1 units, 👨‍👩‍👧‍👦 = 2+1+2+1+2+1+2, 🏳️‍🌈 = 2+1+1+2, then a space.
  CHECK(secretum::Utf16Offset(post, f->start) == 7 + 11 + 6 + 1);
}

TEST_CASE("combining marks (decomposed accents, stacked marks) do not hide a name") {
  ExpectFinding("Mme Le\u0301maire, chambre 212", "title-name-fr-f", "Mme Le\u0301maire");
  ExpectFinding("Mme Le\u0301\u0301\u0301\u0308maire est rentrée", "title-name-fr-f",
                "Mme Le\u0301\u0301\u0301\u0308maire");
  ExpectFinding("chambre 2\u03011\u03012 pour Mme Lemaire", "room-bed", "chambre 2\u03011\u03012");
}

TEST_CASE("fullwidth and mathematical digits are read as digits") {
  ExpectFinding("NIR de la patiente : ２ ９５ １０ ９９ １２６ １１１ ９３", "fr-nir",
                "２ ９５ １０ ９９ １２６ １１１ ９３");
  ExpectFinding("NIR de la patiente : 𝟐 𝟗𝟓 𝟏𝟎 𝟗𝟗 𝟏𝟐𝟔 𝟏𝟏𝟏 𝟗𝟑", "fr-nir",
                "𝟐 𝟗𝟓 𝟏𝟎 𝟗𝟗 𝟏𝟐𝟔 𝟏𝟏𝟏 𝟗𝟑");
  ExpectFinding("Sa fille nous a laissé son ０６ ７１ ２３ ４５ ９８ pour les nouvelles",
                "phone-attributed", "０６ ７１ ２３ ４５ ９８");
}

TEST_CASE("Arabic-Indic digits are read as digits") {
  // KNOWN GAP: NFKC does not map U+0660..U+0669 (nor other Nd digits) to ASCII, so patterns
  // written with [0-9] never see them. Fix: Normalize() maps every Nd code point to its
  // u_charDigitValue.
  ExpectFinding("Sa fille nous a laissé son ٠٦ ٧١ ٢٣ ٤٥ ٩٨ pour les nouvelles",
                "phone-attributed", "٠٦ ٧١ ٢٣ ٤٥ ٩٨");
}

TEST_CASE("zero-width characters inside identifiers and titles") {
  ExpectFinding("NIR de la patiente : 2\u200b95\u200b10\u200b99\u200b126\u200b111\u200b93", "fr-nir",
                "2\u200b95\u200b10\u200b99\u200b126\u200b111\u200b93");
  ExpectFinding("NIR de la patiente : 2\u200c9\u200d5\u20601\ufeff0 99 126 111 93", "fr-nir",
                "2\u200c9\u200d5\u20601\ufeff0 99 126 111 93");
  ExpectFinding("M\u200dme Lemaire, chambre 212", "title-name-fr-f", "M\u200dme Lemaire");
  ExpectFinding("M\u00adme Lemaire, ch\u00adambre 212", "room-bed", "ch\u00adambre 212");
  ExpectFinding("Sa fille nous a laissé son 06\u200b71\u200b23\u200b45\u200b98 pour les nouvelles",
                "phone-attributed", "06\u200b71\u200b23\u200b45\u200b98");
}

TEST_CASE("invisible letters used as spaces (Hangul filler, braille blank)") {
  // KNOWN GAP: U+3164 HANGUL FILLER, U+115F/U+1160, U+FFA0 and U+2800 BRAILLE PATTERN BLANK are
  // letters or symbols, not spaces or format characters: the view keeps them, so
  // "Mme\u3164Lemaire" is one word. Fix: Normalize() reads them as ' '.
  ExpectFinding("Mme\u3164Lemaire, chambre\u3164" "212", "room-bed", "chambre\u3164" "212");
  ExpectFinding("Mme\u2800Lemaire est rentrée chez elle", "title-name-fr-f", "Mme\u2800Lemaire");
}

TEST_CASE("NIR and record numbers spaced digit by digit") {
  ExpectFinding("NIR de la patiente : 2 9 5 1 0 9 9 1 2 6 1 1 1 9 3", "fr-nir",
                "2 9 5 1 0 9 9 1 2 6 1 1 1 9 3");
  ExpectFinding("IPP 1 2 3 4 5 6 7 8 du patient", "record-number", "IPP 1 2 3 4 5 6 7 8");
  ExpectFinding("patient MRN 1 2 3 4 5 6 7", "record-number", "MRN 1 2 3 4 5 6 7");
}

// Phones, SSN, NHS, SIN, OHIP and PHN spaced one digit at a time: each rule has a pattern for
// exactly its number of digits, not inside a longer run of spaced digits; the validators make
// such a number weak (it needs the rule's context) and a phone that counts up or down by one
// ("0 1 2 3 ... 9") is a scale, not a number.
TEST_CASE("phone spaced digit by digit") {
  ExpectFinding("Sa fille nous a laissé son 0 6 7 1 2 3 4 5 9 8 pour les nouvelles",
                "phone-attributed", "0 6 7 1 2 3 4 5 9 8");
}
TEST_CASE("NANP phone spaced digit by digit") {
  ExpectFinding("my patient's phone is 5 1 4 5 5 5 0 1 9 9", "phone-attributed",
                "5 1 4 5 5 5 0 1 9 9");
}
TEST_CASE("US SSN spaced digit by digit") {
  ExpectFinding("my patient's SSN 1 2 3 4 5 6 7 8 9", "us-ssn", "1 2 3 4 5 6 7 8 9");
}
TEST_CASE("UK NHS number spaced digit by digit") {
  ExpectFinding("NHS number 9 4 3 4 7 6 5 9 1 9 for my patient", "uk-nhs", "9 4 3 4 7 6 5 9 1 9");
}
TEST_CASE("Canadian SIN spaced digit by digit") {
  ExpectFinding("my patient's SIN 0 4 6 4 5 4 2 8 6", "ca-sin", "0 4 6 4 5 4 2 8 6");
}

TEST_CASE("spaced digits that are not identifiers stay quiet") {
  const std::vector<std::string> quiet = {
      "EVA de la patiente : 0 1 2 3 4 5 6 7 8 9 10, elle a entouré 7",
      "Pain scores for my patient today: 7 8 9 7 8 6 9 8 7 6, better after the block",
      "Doses reçues par le patient (mg) : 5 5 5 5 5 5 5 5 5 5 sur 10 jours",
      "Glycémies du patient : 1 2 0 3 2 0 2 4, puis 1 3 0 3 2 0 2 4 (dates du carnet)",
      "Scores 2 3 4 5 6 7 8 9 5 de mon patient cette semaine, en nette amélioration",
      "Apgar 8 9 10 pour le bébé de ma patiente, numéro de chambre à venir",
  };
  for (const std::string& post : quiet) {
    secretum::Report r = Check(post);
    for (const auto& f : r.findings)
      CHECK_MESSAGE(f.category != "identifier", f.rule << " on: " << post);
  }
}

TEST_CASE("a spaced phone keeps its offsets on the original text (accents, emoji before it)") {
  ExpectFinding("Sa fille 🙏 nous a laissé son numéro : 0 6 7 1 2 3 4 5 9 8 ✨", "phone-attributed",
                "0 6 7 1 2 3 4 5 9 8");
  ExpectFinding("Rappeler la patiente éé au 0\u00a06\u00a07\u00a01\u00a02\u00a03\u00a04\u00a05\u00a09\u00a08",
                "phone-attributed", "0\u00a06\u00a07\u00a01\u00a02\u00a03\u00a04\u00a05\u00a09\u00a08");
}

TEST_CASE("names cut at the edge of the post (surname lexicon, before/next word)") {
  const std::vector<std::string> posts = {
      "Brandon", "Brandon ", "Brandon Cole", "Brandon Cole'", "Brandon Cole's", "Brandon Cole-",
      "Brandon Cole-G", "mme", "mme ", "mme perrin", "Perrin a", "Perrin a encore arraché",
      ". Perrin", "\u00e9 Perrin a encore arrach\u00e9 sa sonde", "'s", "Anna O'", "Anna O'B",
      std::string(200, ' ') + "Perrin a encore arraché sa sonde en réa",
      "vers 2h", "mum is 1", "la dame de la 214", "0 6 7 1 2 3 4 5 9", "0 6 7 1 2 3 4 5 9 8 7"};
  for (const std::string& post : posts) Check(post);
  // An eleven-digit spaced run is not a ten-digit phone.
  CHECK(Find(Check("Sa fille nous a laissé son 0 6 7 1 2 3 4 5 9 8 7 pour les nouvelles"),
             "phone-attributed") == nullptr);
}

TEST_CASE("numbers split by dots or dashes") {
  ExpectFinding("NIR de la patiente : 2.95.10.99.126.111.93", "fr-nir", "2.95.10.99.126.111.93");
  ExpectFinding("NIR de la patiente : 2-95-10-99-126-111-93", "fr-nir", "2-95-10-99-126-111-93");
  ExpectFinding("NIR de la patiente : 2–95–10–99–126–111–93", "fr-nir", "2–95–10–99–126–111–93");
  ExpectFinding("Sa fille nous a laissé son 06.71.23.45.98 pour les nouvelles", "phone-attributed",
                "06.71.23.45.98");
  ExpectFinding("Sa fille nous a laissé son 06-71-23-45-98 pour les nouvelles", "phone-attributed",
                "06-71-23-45-98");
  ExpectFinding("NHS number 943.476.5919 for my patient", "uk-nhs", "943.476.5919");
  ExpectFinding("NHS number 943-476-5919 for my patient", "uk-nhs", "943-476-5919");
  ExpectFinding("RAMQ TREJ.4807.0312 de ma patiente", "qc-ramq", "TREJ.4807.0312");
}

TEST_CASE("Cyrillic and Greek look-alike letters") {
  ExpectFinding("\u041Cme Lemaire, chambre 212", "title-name-fr-f", "\u041Cme Lemaire");
  ExpectFinding("Мmе Lеmaire, сhambre 212", "room-bed", "сhambre 212");
  ExpectFinding("Мmе Lеmaire, сhambre 212", "title-name-fr-f", "Мmе Lеmaire");
  ExpectFinding("\u039Cme Lemaire est rentrée chez elle", "title-name-fr-f", "\u039Cme Lemaire");
  ExpectFinding("ＭＭＥ Lemaire chambre １２", "room-bed", "chambre １２");
}

TEST_CASE("NFKC expansions and ligatures keep spans on whole code points") {
  Check(std::string("\ufdfa\ufdfa Mme Lemaire \u3300\u3300 chambre 212 \ufb01\u2474"));
  ExpectFinding("\ufdfa Mme Lemaire, chambre ⑫", "title-name-fr-f", "Mme Lemaire");
}

TEST_CASE("thousands of findings are capped at max_findings and reported as truncated") {
  std::string post;
  for (int i = 0; i < 3000; ++i) post += "chambre " + std::to_string(10 + i % 80) + ", ";
  secretum::Report r = Check(post);
  CHECK(r.findings.size() == 500);
  CHECK(r.truncated);
  CHECK(secretum::ReportToJson(r).find("\"truncated\":true") != std::string::npos);
  secretum::Options few;
  few.max_findings = 7;
  secretum::Report r7 = Check(post, few);
  CHECK(r7.findings.size() == 7);
  CHECK(r7.truncated);
  CHECK(r7.findings[0].start == r.findings[0].start);  // the first ones, in text order
  secretum::Options none;
  none.max_findings = 0;
  secretum::Report r0 = Check(post, none);
  CHECK(r0.findings.empty());
  CHECK(r0.truncated);
  secretum::Report one = Check("chambre 12 pour Mme Lemaire", few);
  CHECK_FALSE(one.truncated);
}

TEST_CASE("signals are capped like findings") {
  // KNOWN GAP: Report::signals has no cap: a 40,000-character post (the extension's limit) of
  // "41 ans, boulangère à Saint-Aubin..." yields ~3,000 signals, all serialized to JSON and
  // sent to the content script. Fix: cap at Options::max_findings and set `truncated`.
  std::string post;
  for (int i = 0; i < 500; ++i)
    post += "Ma patiente de 41 ans, boulangère à Saint-Aubin, maladie de Wilson depuis mardi. ";
  secretum::Report r = Check(post);
  CHECK(r.signals.size() <= 500);
}

TEST_CASE("invalid options are read as their defaults") {
  secretum::Options o;
  o.lang = "xx";
  o.jurisdiction = "be";
  o.site = "myspace";
  o.message_lang = "";
  secretum::Report r = Check("Mme Lemaire, chambre 212", o);
  CHECK(r.lang == "fr");
  CHECK(r.jurisdiction == "fr");
  CHECK(Find(r, "room-bed") != nullptr);
}

TEST_CASE("a very long word, a long run of digits and a long line of punctuation") {
  Check(std::string(100000, 'a'));
  Check(std::string(100000, '1'));
  Check("patient " + std::string(20000, '9') + " chambre 12");
  Check(std::string(50000, '.') + std::string(50000, '-'));
  std::string spaced;
  for (int i = 0; i < 20000; ++i) spaced += "1 ";
  Check("NIR " + spaced);
}

}  // TEST_SUITE
