// The normalized view and its offset map (core/src/text.cc).
#include <doctest/doctest.h>

#include "text.h"

using secretum::internal::Normalize;
using secretum::internal::NormalizedText;

namespace {
// The original text behind a span of the view.
std::string Original(const std::string& original, const NormalizedText& v, size_t b, size_t e) {
  size_t ob, oe;
  v.MapSpan(b, e, &ob, &oe);
  return original.substr(ob, oe - ob);
}
}  // namespace

TEST_CASE("normalize strips accents and keeps case") {
  CHECK(Normalize("L’hôpital Ｃafé").text == "L'hopital Cafe");
  CHECK(Normalize("Éloïse Cœur").text == "Eloise Coeur");
  CHECK(Normalize("e\xCC\x81t\xC3\xA9").text == "ete");  // combining acute, then precomposed
}

TEST_CASE("normalize drops invisible characters and maps spaces, dashes and quotes") {
  CHECK(Normalize("2\u200B95\u200D10\uFEFF99").text == "2951099");
  CHECK(Normalize("14\u00A0312\u202Fpatients").text == "14 312 patients");
  CHECK(Normalize("a\u2013b\u2014c").text == "a-b-c");
  CHECK(Normalize("« oui »").text == "\" oui \"");
  CHECK(Normalize("soft\u00ADhyphen").text == "softhyphen");
  CHECK(Normalize("\u202Eabc\u202C").text == "abc");  // bidi override
}

TEST_CASE("normalize reads fullwidth digits and Cyrillic look-alikes as ASCII") {
  CHECK(Normalize("０６ ３９").text == "06 39");
  CHECK(Normalize("\u041Cme").text == "Mme");  // Cyrillic capital EM
}

TEST_CASE("offset map points back at the original bytes, including emoji and combining marks") {
  std::string original = "🙏 Mme Lemaire";
  NormalizedText v = Normalize(original);
  size_t at = v.text.find("Mme");
  REQUIRE(at != std::string::npos);
  CHECK(Original(original, v, at, at + 11) == "Mme Lemaire");
  std::string accented = "Mme Gise\xCC\x80le";  // "è" as e + combining grave
  NormalizedText w = Normalize(accented);
  CHECK(w.text == "Mme Gisele");
  CHECK(Original(accented, w, 4, 10) == "Gise\xCC\x80le");
}

TEST_CASE("an expanded ligature maps back to the one original character") {
  std::string original = "sœur";
  NormalizedText v = Normalize(original);
  CHECK(v.text == "soeur");
  CHECK(Original(original, v, 1, 3) == "œ");
}

TEST_CASE("invalid UTF-8 is read as replacement characters and flagged") {
  std::string bad = "ab\xFF" "cd\xC3";
  NormalizedText v = Normalize(bad);
  CHECK(v.invalid_utf8);
  CHECK(v.text.find("ab") == 0);
  CHECK(v.source_start.size() == v.text.size());
  CHECK(v.source_end.back() == bad.size());
  CHECK_FALSE(secretum::internal::IsValidUtf8(bad));
  CHECK(secretum::internal::IsValidUtf8("héllo 🙏"));
}

TEST_CASE("tokenize finds words and numbers with ICU") {
  std::string view = Normalize("L'hôpital, c'est 12 lits.").text;
  auto tokens = secretum::internal::Tokenize(view, "fr");
  REQUIRE(tokens.size() == 4);
  CHECK(view.substr(tokens[0].start, tokens[0].end - tokens[0].start) == "L'hopital");
  CHECK(tokens[2].kind == secretum::internal::TokenKind::kNumber);
}

TEST_CASE("NormalizeTerm lowercases and strips accents") {
  CHECK(secretum::internal::NormalizeTerm("Hospitalisée") == "hospitalisee");
}
