#include "json_records.h"

#include <cstdlib>

#include "model.h"
#include "text.h"

namespace secretum::cli::audit {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Skips one string starting at text[pos] == '"'; returns the position after its closing quote
// or npos when the text ends first.
size_t SkipString(std::string_view text, size_t pos) {
  ++pos;
  while (pos < text.size()) {
    size_t q = text.find_first_of("\"\\", pos);
    if (q == std::string_view::npos) return std::string_view::npos;
    if (text[q] == '\\') {
      pos = q + 2;
      continue;
    }
    return q + 1;
  }
  return std::string_view::npos;
}

// Skips one value; returns the position after it, npos if the text ends first, or sets
// *bad when the value is malformed at the structural level.
size_t SkipValue(std::string_view text, size_t pos, bool* bad) {
  char c = text[pos];
  if (c == '"') return SkipString(text, pos);
  if (c == '{' || c == '[') {
    std::vector<char> stack;
    while (pos < text.size()) {
      char ch = text[pos];
      if (ch == '"') {
        pos = SkipString(text, pos);
        if (pos == std::string_view::npos) return pos;
        continue;
      }
      if (ch == '{' || ch == '[') {
        stack.push_back(ch == '{' ? '}' : ']');
      } else if (ch == '}' || ch == ']') {
        if (stack.empty() || stack.back() != ch) {
          *bad = true;
          return pos;
        }
        stack.pop_back();
        if (stack.empty()) return pos + 1;
      }
      ++pos;
    }
    return std::string_view::npos;
  }
  // Scalar: runs to the next delimiter.
  size_t start = pos;
  while (pos < text.size() && !IsSpace(text[pos]) && text[pos] != ',' && text[pos] != ']' &&
         text[pos] != '}')
    ++pos;
  if (pos == start) *bad = true;
  return pos;
}

}  // namespace

ArrayScan ScanJsonArray(std::string_view text, size_t open) {
  ArrayScan scan;
  size_t pos = open + 1;
  for (;;) {
    while (pos < text.size() && IsSpace(text[pos])) ++pos;
    if (pos >= text.size()) {
      scan.cut_off = true;
      scan.stopped_at = text.size();
      return scan;
    }
    if (text[pos] == ']' && scan.elements.empty()) {
      scan.closed = true;
      return scan;
    }
    bool bad = false;
    size_t start = pos;
    size_t end = SkipValue(text, pos, &bad);
    if (end == std::string_view::npos) {
      scan.cut_off = true;
      scan.stopped_at = start;
      return scan;
    }
    if (bad) {
      scan.stopped_at = end;
      return scan;
    }
    scan.elements.emplace_back(start, end);
    pos = end;
    while (pos < text.size() && IsSpace(text[pos])) ++pos;
    if (pos >= text.size()) {
      scan.cut_off = true;
      scan.stopped_at = text.size();
      return scan;
    }
    if (text[pos] == ',') {
      ++pos;
      continue;
    }
    if (text[pos] == ']') {
      scan.closed = true;
      return scan;
    }
    scan.stopped_at = pos;
    return scan;
  }
}

bool FixMojibake(std::string* s) {
  // Fast path: pure ASCII has nothing to fix.
  bool high = false;
  for (unsigned char c : *s)
    if (c >= 0x80) {
      high = true;
      break;
    }
  if (!high) return false;
  std::string bytes;
  bytes.reserve(s->size());
  size_t pos = 0;
  bool valid = true, multibyte = false;
  while (pos < s->size()) {
    char32_t c = secretum::internal::DecodeUtf8(*s, &pos, &valid);
    if (!valid || c > 0xFF) return false;
    if (c >= 0x80) multibyte = true;
    bytes.push_back(static_cast<char>(c));
  }
  if (!multibyte || !secretum::internal::IsValidUtf8(bytes)) return false;
  // Valid UTF-8 made only of Latin-1 characters in the C1/Latin-1 range: the bytes were
  // UTF-8 read as Latin-1. Require a lead byte followed by continuation bytes somewhere.
  *s = std::move(bytes);
  return true;
}

const Json* Member(const Json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

std::string StringMember(const Json& object, const char* key) {
  const Json* v = Member(object, key);
  return v && v->is_string() ? v->get<std::string>() : std::string();
}

int64_t IntMember(const Json& object, const char* key, int64_t fallback) {
  const Json* v = Member(object, key);
  if (!v) return fallback;
  if (v->is_number_integer()) return v->get<int64_t>();
  if (v->is_number_unsigned()) return static_cast<int64_t>(v->get<uint64_t>());
  if (v->is_number_float()) return static_cast<int64_t>(v->get<double>());
  if (v->is_string()) {
    std::string s = v->get<std::string>();
    char* end = nullptr;
    long long n = std::strtoll(s.c_str(), &end, 10);
    if (!s.empty() && end && *end == 0) return n;
  }
  return fallback;
}

std::string ByteWhere(size_t at) { return "byte " + Thousands(at); }

}  // namespace secretum::cli::audit
