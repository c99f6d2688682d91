// Smoke test for scripts/wasm-deps: RE2 + ICU (Normalizer2 NFKC/NFD, uchar, word BreakIterator).
// Built twice by the script, natively (Debian libre2-dev/libicu-dev, full ICU data) and for wasm
// (the cached static libs + trimmed data); both outputs must be byte-identical.
// Exit status is non-zero if any ICU call reports an error.
#include <re2/re2.h>
#include <re2/set.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utypes.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

static int failures = 0;

static void check(const char* what, UErrorCode status) {
  // Warnings (e.g. U_USING_FALLBACK_WARNING) are printed too: they must match native.
  std::printf("%s: %s\n", what, u_errorName(status));
  if (U_FAILURE(status)) ++failures;
}

static std::string codepoints(const icu::UnicodeString& s) {
  std::string out;
  char buf[16];
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    std::snprintf(buf, sizeof buf, "%sU+%04X", out.empty() ? "" : " ", static_cast<unsigned>(c));
    out += buf;
    i += U16_LENGTH(c);
  }
  return out;
}

static std::string utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

int main() {
  // --- RE2 ---------------------------------------------------------------------------------
  int year = 0;
  std::string word;
  const bool full = RE2::FullMatch("année 2024", "(\\pL+) (\\d+)", &word, &year);
  std::printf("re2 FullMatch: %d year=%d\n", full, year);
  std::printf("re2 word=%s\n", word.c_str());
  std::printf("re2 PartialMatch: %d\n", RE2::PartialMatch("L’hôpital", "(?i)HÔP"));
  RE2::Set set(RE2::DefaultOptions, RE2::UNANCHORED);
  std::string err;
  set.Add("h[oô]pital", &err);
  set.Add("\\d+", &err);
  set.Add("^zzz", &err);
  set.Compile();
  std::vector<int> hits;
  set.Match("L’hôpital, c’est 12 lits.", &hits);
  std::printf("re2 Set hits:");
  for (int h : hits) std::printf(" %d", h);
  std::printf("\n");

  // --- Normalizer2 ---------------------------------------------------------------------------
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString input = icu::UnicodeString::fromUTF8("Ｃafé Ⅻ");
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  check("getNFDInstance", status);
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  check("getNFKCInstance", status);
  if (U_FAILURE(status)) return 1;
  // As core/src/text.cc: NFKC, then NFD to strip accents (the data keeps no NFKC_Casefold,
  // sentence or character break items: the engine uses none).
  icu::UnicodeString compat = nfkc->normalize(input, status);
  icu::UnicodeString decomposed = nfd->normalize(compat, status);
  check("normalize", status);
  std::printf("input      %s [%s]\n", utf8(input).c_str(), codepoints(input).c_str());
  std::printf("nfkc       %s [%s]\n", utf8(compat).c_str(), codepoints(compat).c_str());
  std::printf("nfd(nfkc)  [%s]\n", codepoints(decomposed).c_str());
  // Accent stripping: drop combining marks (u_charType == U_NON_SPACING_MARK) after NFD.
  icu::UnicodeString stripped;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) stripped.append(c);
    i += U16_LENGTH(c);
  }
  std::printf("stripped   %s\n", utf8(stripped).c_str());
  std::printf("charType(é)=%d isalpha(Ⅻ)=%d\n", static_cast<int>(u_charType(0x00E9)),
              static_cast<int>(u_isalpha(0x216B)));

  // --- BreakIterator (word, fr) ------------------------------------------------------------
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8("L’hôpital, c’est 12 lits.");
  for (const char* loc : {"fr", "en", "root"}) {
    status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(icu::BreakIterator::createWordInstance(icu::Locale(loc), status));
    std::string label = std::string("createWordInstance(") + loc + ")";
    check(label.c_str(), status);
    if (U_FAILURE(status)) continue;
    std::printf("locale %s: valid=%s actual=%s\n", loc, bi->getLocale(ULOC_VALID_LOCALE, status).getName(),
                bi->getLocale(ULOC_ACTUAL_LOCALE, status).getName());
    bi->setText(text);
    std::printf("word boundaries %s:", loc);
    int32_t prev = bi->first();
    std::string tokens;
    for (int32_t p = bi->next(); p != icu::BreakIterator::DONE; prev = p, p = bi->next()) {
      std::printf(" %d", p);
      if (bi->getRuleStatus() != UBRK_WORD_NONE) {
        icu::UnicodeString tok;
        text.extractBetween(prev, p, tok);
        tokens += "[" + utf8(tok) + "]";
      }
    }
    std::printf("\nwords %s: %s\n", loc, tokens.c_str());
  }
  std::printf("smoke %s\n", failures == 0 ? "OK" : "FAILED");
  return failures == 0 ? 0 : 1;
}
