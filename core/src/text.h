// Text pipeline: UTF-8 decoding, the normalized view rules match against, and word tokens.
#ifndef SECRETUM_TEXT_H_
#define SECRETUM_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace secretum::internal {

// Decodes one code point at `text[*pos]` and advances *pos. Invalid or truncated sequences,
// overlong forms, surrogates and values above U+10FFFF decode as U+FFFD and consume one byte.
// Returns the code point; sets *valid to false on an invalid sequence.
char32_t DecodeUtf8(std::string_view text, size_t* pos, bool* valid);

// Appends the UTF-8 encoding of `c` to *out.
void AppendUtf8(char32_t c, std::string* out);

// True if every byte sequence in `text` is valid UTF-8.
bool IsValidUtf8(std::string_view text);

// The view rules see: NFKC, diacritics removed, case kept, invisible characters (format
// characters, zero-width spaces, bidi controls, soft hyphens) dropped, every space-like
// character read as ' ', curly apostrophes as '\'', dashes as '-', « » “ ” as '"',
// ligatures (œ, æ, ß) spelt out, and Cyrillic/Greek look-alikes read as Latin letters.
// "L’hôpital Ｃafé" becomes "L'hopital Cafe".
//
// Every byte of `text` comes from one code point of the original; source_start[i] and
// source_end[i] give that code point's byte range in the original, so a span [a, b) of the
// view maps back to [source_start[a], source_end[b - 1]).
struct NormalizedText {
  std::string text;
  std::vector<uint32_t> source_start;
  std::vector<uint32_t> source_end;
  bool invalid_utf8 = false;

  // Maps a non-empty span of the view to the original's byte offsets.
  void MapSpan(size_t begin, size_t end, size_t* out_begin, size_t* out_end) const;
};

// Normalizes `original` into the view described above. Cost: linear; ASCII is copied, other
// code points go through a table built once per process (Latin, punctuation) or ICU.
NormalizedText Normalize(std::string_view original);

// Normalizes a short rule string (a context term, a lexicon entry) and lowercases it.
std::string NormalizeTerm(std::string_view term);

// The key a lexicon entry or a run of words is looked up by: NormalizeTerm, then every run of
// characters other than letters, digits and apostrophes becomes one space ("Saint-Aubin" and
// "saint aubin" both give "saint aubin").
std::string LexiconKey(std::string_view term);

enum class TokenKind { kWord, kNumber };

struct Token {
  uint32_t start;  // byte offsets in the normalized view
  uint32_t end;
  TokenKind kind;
};

// Word and number tokens of a normalized view, found with ICU's word break iterator for
// `lang` ("fr", "en" or "" for root rules). Punctuation and spaces are not tokens.
std::vector<Token> Tokenize(std::string_view normalized, std::string_view lang);

// Word and number tokens of a text made of ASCII characters only, as Tokenize(text, "") finds
// them (Unicode word-break rules restricted to ASCII: letters, digits and '_' join; '.', ':' and
// '\'' join two letters; '.', ',', ';' and '\'' join two digits), without ICU. Cost: linear.
void AppendAsciiTokens(std::string_view ascii, uint32_t offset, std::vector<Token>* out);

// The word tokens language detection scores, as views of `lower`: those of Tokenize(lower, "")
// that hold an ASCII letter (others can never score). ICU runs only on whitespace-separated
// chunks that mix ASCII letters with other characters; word breaks always fall around
// whitespace, so a chunk's tokens do not depend on the rest of the text.
std::vector<std::string_view> ScoringWords(std::string_view lower);

// DetectLanguage (secretum.h) given the post's normalized view, lowercased, and the original.
std::string DetectLanguageOfView(const std::string& lower_view, std::string_view original);

// ASCII lowercase copy.
std::string AsciiLower(std::string_view s);

}  // namespace secretum::internal

#endif  // SECRETUM_TEXT_H_
