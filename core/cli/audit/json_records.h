// Reading large JSON exports record by record: the X archive's tweets.js holds one array of
// tens of thousands of records (100 MB and more). Parsing each element of the array on its
// own keeps memory small and lets a damaged or cut-off file still give every record before
// the damage.
#ifndef SECRETUM_CLI_AUDIT_JSON_RECORDS_H_
#define SECRETUM_CLI_AUDIT_JSON_RECORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "json_util.h"

namespace secretum::cli::audit {

using Json = secretum::internal::Json;

struct ArrayScan {
  std::vector<std::pair<size_t, size_t>> elements;  // byte spans of the array's elements
  bool closed = false;        // the closing ']' was reached
  size_t stopped_at = std::string::npos;  // where scanning stopped on damage
  bool cut_off = false;       // the text ended inside an element (truncated file)
};

// Splits the JSON array that opens at text[open] ('[') into its elements without parsing
// them. Stops at the first structural damage (records before it are kept).
ArrayScan ScanJsonArray(std::string_view text, size_t open);

// Facebook writes UTF-8 bytes as \u00XX escapes, so "é" reads as "Ã©". When every code point
// of `s` is below U+0100 and those bytes form valid UTF-8 with at least one multi-byte
// sequence, replaces `s` by that UTF-8 and returns true.
bool FixMojibake(std::string* s);

// Safe accessors (nlohmann throws on type mismatch; these never do).
const Json* Member(const Json& object, const char* key);
std::string StringMember(const Json& object, const char* key);
// Integer or numeric string; kNoTime-like `fallback` otherwise.
int64_t IntMember(const Json& object, const char* key, int64_t fallback);

// "1,234,567" style byte position for messages.
std::string ByteWhere(size_t at);

}  // namespace secretum::cli::audit

#endif  // SECRETUM_CLI_AUDIT_JSON_RECORDS_H_
