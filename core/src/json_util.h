// JSON parsing without exceptions (the WebAssembly build aborts on a throw): nlohmann's SAX
// interface builds the document and records the parser's message instead of throwing.
#ifndef SECRETUM_JSON_UTIL_H_
#define SECRETUM_JSON_UTIL_H_

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "secretum/secretum.h"

namespace secretum::internal {

using Json = nlohmann::json;

// Parses `text`; on failure returns false and sets *error to the parser's message, which
// names the byte position ("syntax error at byte 12: unexpected '}'").
bool ParseJson(std::string_view text, Json* out, std::string* error);

// Serializes without throwing: invalid UTF-8 in strings is replaced by U+FFFD.
std::string DumpJson(const Json& value, int indent = -1);

// ReportToJson through an nlohmann DOM: the reference the direct writer of ReportToJson
// (indent < 0) must equal byte for byte. Slower; for tests.
std::string ReportToJsonDom(const Report& report, int indent = -1);

}  // namespace secretum::internal

#endif  // SECRETUM_JSON_UTIL_H_
