#include "text.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <array>
#include <memory>
#include <mutex>

namespace secretum::internal {

char32_t DecodeUtf8(std::string_view text, size_t* pos, bool* valid) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size(), i = *pos;
  unsigned char c = s[i];
  *valid = true;
  if (c < 0x80) {
    *pos = i + 1;
    return c;
  }
  int len = 0;
  char32_t cp = 0, min = 0;
  if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; min = 0x80; }
  else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
  else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
  if (len == 0 || i + len > n) {
    *valid = false;
    *pos = i + 1;
    return 0xFFFD;
  }
  for (int k = 1; k < len; ++k) {
    unsigned char cc = s[i + k];
    if ((cc & 0xC0) != 0x80) {
      *valid = false;
      *pos = i + 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    *valid = false;
    *pos = i + 1;
    return 0xFFFD;
  }
  *pos = i + len;
  return cp;
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

bool IsValidUtf8(std::string_view text) {
  size_t pos = 0;
  bool valid = true;
  while (pos < text.size()) {
    DecodeUtf8(text, &pos, &valid);
    if (!valid) return false;
  }
  return true;
}

namespace {

// Mappings ICU's NFKC does not make but the rules want.
char32_t SpecialMapping(char32_t c, const char** spelled) {
  *spelled = nullptr;
  switch (c) {
    case 0x2018: case 0x2019: case 0x201B: case 0x02BC: case 0x00B4: case 0x2032:
      return '\'';
    case 0x00AB: case 0x00BB: case 0x201C: case 0x201D: case 0x201E: case 0x2033:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return '-';
    case 0x0153: *spelled = "oe"; return 0;
    case 0x0152: *spelled = "OE"; return 0;
    case 0x00E6: *spelled = "ae"; return 0;
    case 0x00C6: *spelled = "AE"; return 0;
    case 0x00DF: *spelled = "ss"; return 0;
    case 0x00B0: return 0x00B0;  // degree sign: kept ("n°"), NFKC would leave it anyway
    default: break;
  }
  // Cyrillic and Greek letters that look like Latin ones.
  static constexpr std::pair<char32_t, char> kConfusables[] = {
      {0x0410, 'A'}, {0x0412, 'B'}, {0x0415, 'E'}, {0x041A, 'K'}, {0x041C, 'M'}, {0x041D, 'H'},
      {0x041E, 'O'}, {0x0420, 'P'}, {0x0421, 'C'}, {0x0422, 'T'}, {0x0425, 'X'}, {0x0430, 'a'},
      {0x0435, 'e'}, {0x043E, 'o'}, {0x0440, 'p'}, {0x0441, 'c'}, {0x0443, 'y'}, {0x0445, 'x'},
      {0x0456, 'i'}, {0x0458, 'j'}, {0x0455, 's'}, {0x0406, 'I'}, {0x0408, 'J'}, {0x0405, 'S'},
      {0x0391, 'A'}, {0x0392, 'B'}, {0x0395, 'E'}, {0x0396, 'Z'}, {0x0397, 'H'}, {0x0399, 'I'},
      {0x039A, 'K'}, {0x039C, 'M'}, {0x039D, 'N'}, {0x039F, 'O'}, {0x03A1, 'P'}, {0x03A4, 'T'},
      {0x03A5, 'Y'}, {0x03A7, 'X'}, {0x03BF, 'o'}, {0x03B9, 'i'}};
  for (const auto& [from, to] : kConfusables)
    if (from == c) return static_cast<char32_t>(to);
  return c;
}

// Characters the view drops: format characters (zero-width, bidi controls, soft hyphen,
// BOM), combining marks, variation selectors.
bool Dropped(char32_t c) {
  int8_t type = u_charType(static_cast<UChar32>(c));
  return type == U_FORMAT_CHAR || type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK ||
         c == 0x034F;
}

// The view's spelling of one non-ASCII code point (possibly empty).
std::string MapCodePoint(char32_t c) {
  std::string out;
  if (Dropped(c)) return out;
  if (u_isUWhiteSpace(static_cast<UChar32>(c)) || c == 0x2028 || c == 0x2029) {
    return c == 0x2028 || c == 0x2029 || c == 0x0085 ? "\n" : " ";
  }
  if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) return " ";  // controls, NUL included
  // Invisible letters and symbols used as blanks (Hangul fillers, braille blank): spaces.
  if (c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800) return " ";
  // Decimal digits of every script (Arabic-Indic, Devanagari, ...): NFKC leaves them as they
  // are, the rules' [0-9] would not see them.
  if (u_charType(static_cast<UChar32>(c)) == U_DECIMAL_DIGIT_NUMBER) {
    int32_t v = u_charDigitValue(static_cast<UChar32>(c));
    if (v >= 0 && v <= 9) return std::string(1, static_cast<char>('0' + v));
  }
  const char* spelled = nullptr;
  char32_t mapped = SpecialMapping(c, &spelled);
  if (spelled) return spelled;
  if (mapped < 0x80) {
    out.push_back(static_cast<char>(mapped));
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) {
    AppendUtf8(mapped, &out);
    return out;
  }
  icu::UnicodeString s(static_cast<UChar32>(mapped));
  icu::UnicodeString k = nfkc->normalize(s, status);
  icu::UnicodeString d = nfd->normalize(k, status);
  if (U_FAILURE(status)) {
    AppendUtf8(mapped, &out);
    return out;
  }
  for (int32_t i = 0; i < d.length();) {
    UChar32 cp = d.char32At(i);
    i += U16_LENGTH(cp);
    if (Dropped(static_cast<char32_t>(cp))) continue;
    const char* inner_spelled = nullptr;
    char32_t m = SpecialMapping(static_cast<char32_t>(cp), &inner_spelled);
    if (inner_spelled) out += inner_spelled;
    else if (u_isUWhiteSpace(cp)) out.push_back(' ');
    else AppendUtf8(m, &out);
  }
  return out;
}

// Spellings of U+0080..U+24FF (Latin, Greek, Cyrillic, general punctuation, letter-like symbols
// and enclosed alphanumerics), computed once per process and per block of 128 code points, the
// first time a post has one of them. Cost of a block: 128 MapCodePoint calls (ICU normalization,
// ~1,500 instructions each natively); the whole table at once was 13.6 M instructions, paid by
// the first post, ASCII or not. Thread-safe (one once_flag per block).
constexpr char32_t kTableEnd = 0x2500;
constexpr char32_t kBlockSize = 128;

struct MappingBlock {
  std::once_flag once;
  std::array<std::string, kBlockSize> spelled;
};

// The spelling of `c`, 0x80 <= c < kTableEnd.
const std::string& TableSpelling(char32_t c) {
  static MappingBlock* const blocks = new MappingBlock[kTableEnd / kBlockSize];
  MappingBlock& block = blocks[c / kBlockSize];
  const char32_t first = c - c % kBlockSize;
  std::call_once(block.once, [&] {
    for (char32_t i = 0; i < kBlockSize; ++i)
      if (first + i >= 0x80) block.spelled[i] = MapCodePoint(first + i);
  });
  return block.spelled[c % kBlockSize];
}

}  // namespace

void NormalizedText::MapSpan(size_t begin, size_t end, size_t* out_begin,
                             size_t* out_end) const {
  if (text.empty() || begin >= end) {
    size_t at = begin < source_start.size() ? source_start[begin]
                                            : (source_end.empty() ? 0 : source_end.back());
    *out_begin = *out_end = at;
    return;
  }
  *out_begin = source_start[begin];
  *out_end = source_end[end - 1];
}

NormalizedText Normalize(std::string_view original) {
  NormalizedText out;
  out.text.reserve(original.size());
  out.source_start.reserve(original.size());
  out.source_end.reserve(original.size());
  size_t pos = 0;
  while (pos < original.size()) {
    size_t start = pos;
    unsigned char b = static_cast<unsigned char>(original[pos]);
    if (b >= 0x20 && b < 0x7F) {  // printable ASCII: as is
      out.text.push_back(static_cast<char>(b));
      out.source_start.push_back(static_cast<uint32_t>(start));
      out.source_end.push_back(static_cast<uint32_t>(start + 1));
      ++pos;
      continue;
    }
    bool valid = true;
    char32_t c = DecodeUtf8(original, &pos, &valid);
    if (!valid) out.invalid_utf8 = true;
    std::string spelled;
    if (c == '\n') spelled = "\n";
    else if (c < 0x80) spelled = " ";
    else if (c < kTableEnd) spelled = TableSpelling(c);
    else spelled = MapCodePoint(c);
    for (char ch : spelled) {
      out.text.push_back(ch);
      out.source_start.push_back(static_cast<uint32_t>(start));
      out.source_end.push_back(static_cast<uint32_t>(pos));
    }
  }
  return out;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string NormalizeTerm(std::string_view term) { return AsciiLower(Normalize(term).text); }

std::string LexiconKey(std::string_view term) {
  bool ascii = true;
  for (char c : term) ascii = ascii && !(c & 0x80);
  std::string lower = ascii ? AsciiLower(term) : NormalizeTerm(term);
  std::string key;
  key.reserve(lower.size());
  for (char c : lower) {
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' || (c & 0x80);
    if (word) key.push_back(c);
    else if (!key.empty() && key.back() != ' ') key.push_back(' ');
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

namespace {

// One prototype break iterator per language, cloned per thread.
icu::BreakIterator* WordIterator(std::string_view lang) {
  thread_local std::unique_ptr<icu::BreakIterator> fr, en, root;
  std::unique_ptr<icu::BreakIterator>& slot = lang == "fr" ? fr : lang == "en" ? en : root;
  if (!slot) {
    UErrorCode status = U_ZERO_ERROR;
    icu::Locale locale = lang == "fr" ? icu::Locale::getFrench()
                         : lang == "en" ? icu::Locale::getEnglish()
                                        : icu::Locale::getRoot();
    slot.reset(icu::BreakIterator::createWordInstance(locale, status));
    if (U_FAILURE(status)) slot.reset();
  }
  return slot.get();
}

}  // namespace

std::vector<Token> Tokenize(std::string_view normalized, std::string_view lang) {
  std::vector<Token> tokens;
  icu::BreakIterator* it = WordIterator(lang);
  if (it == nullptr) return tokens;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, normalized.data(),
                             static_cast<int64_t>(normalized.size()), &status);
  if (U_FAILURE(status)) return tokens;
  it->setText(ut, status);
  if (U_SUCCESS(status)) {
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE;
         start = end, end = it->next()) {
      int32_t rule = it->getRuleStatus();
      if (rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT)
        tokens.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end),
                          TokenKind::kNumber});
      else if (rule >= UBRK_WORD_LETTER && rule < UBRK_WORD_IDEO_LIMIT)
        tokens.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end),
                          TokenKind::kWord});
    }
  }
  // Detach the iterator from the text before closing it.
  icu::UnicodeString empty;
  it->setText(empty);
  utext_close(ut);
  return tokens;
}

}  // namespace secretum::internal

namespace secretum::internal {
namespace {

enum AsciiBreak : char { kOther, kLetter, kDigit, kUnderscore, kMidNumLet, kMidNum, kQuote };

// Word_Break classes of ASCII as ICU 72's root rules read them ('@' is a letter there; ':' is
// not MidLetter).
AsciiBreak BreakClass(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@') return kLetter;
  if (c >= '0' && c <= '9') return kDigit;
  switch (c) {
    case '_': return kUnderscore;
    case '.': return kMidNumLet;
    case ',': case ';': return kMidNum;
    case '\'': return kQuote;
    default: return kOther;
  }
}

bool IsWhitespace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f'; }

}  // namespace

void AppendAsciiTokens(std::string_view t, uint32_t offset, std::vector<Token>* out) {
  auto joins = [](AsciiBreak x) { return x == kLetter || x == kDigit || x == kUnderscore; };
  const size_t n = t.size();
  size_t i = 0;
  while (i < n) {
    if (!joins(BreakClass(t[i]))) {
      ++i;
      continue;
    }
    const size_t b = i;
    // ICU's status is the tag of the last rule applied: a letter (WB5, WB6/7, WB10, WB13a/b)
    // -> word, a digit (WB8, WB9, WB11/12, WB13b) -> number, '_' -> whatever precedes it (a
    // lone '_' is no token).
    AsciiBreak prev = kOther, cur = BreakClass(t[i]);
    int status = cur == kLetter ? 200 : cur == kDigit ? 100 : 0;
    ++i;
    while (i < n) {
      const AsciiBreak next = BreakClass(t[i]);
      const AsciiBreak after = i + 1 < n ? BreakClass(t[i + 1]) : kOther;
      if (joins(cur) && joins(next)) {  // WB5, WB8-10, WB13a/b
        prev = cur;
        cur = next;
        ++i;
      } else if (cur == kLetter && after == kLetter && (next == kMidNumLet || next == kQuote)) {
        prev = kLetter;  // WB6/7
        cur = kLetter;
        i += 2;
      } else if (cur == kDigit && after == kDigit &&
                 (next == kMidNum || next == kMidNumLet || next == kQuote)) {
        prev = kDigit;  // WB11/12
        cur = kDigit;
        i += 2;
      } else {
        break;
      }
      status = cur == kLetter ? 200 : cur == kDigit ? 100 : prev == kDigit ? 100 : 200;
    }
    if (status != 0)
      out->push_back({offset + static_cast<uint32_t>(b), offset + static_cast<uint32_t>(i),
                      status == 200 ? TokenKind::kWord : TokenKind::kNumber});
  }
}

std::vector<std::string_view> ScoringWords(std::string_view lower) {
  std::vector<std::string_view> words;
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < lower.size()) {
    if (IsWhitespace(lower[i])) {
      ++i;
      continue;
    }
    size_t b = i;
    bool ascii = true, letters = false;
    for (; i < lower.size() && !IsWhitespace(lower[i]); ++i) {
      const char c = lower[i];
      ascii = ascii && !(c & 0x80);
      letters = letters || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    if (!letters) continue;  // no token of this chunk can score
    std::string_view chunk = lower.substr(b, i - b);
    tokens.clear();
    if (ascii) {
      AppendAsciiTokens(chunk, static_cast<uint32_t>(b), &tokens);
    } else {
      for (Token t : Tokenize(chunk, "")) {
        t.start += static_cast<uint32_t>(b);
        t.end += static_cast<uint32_t>(b);
        tokens.push_back(t);
      }
    }
    for (const Token& t : tokens)
      if (t.kind == TokenKind::kWord) words.push_back(lower.substr(t.start, t.end - t.start));
  }
  return words;
}

}  // namespace secretum::internal
