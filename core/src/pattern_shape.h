// PatternShape: what any match of a rule pattern can look like, read from the pattern's text
// (RE2 syntax, Latin-1 mode: one character is one byte), without compiling it:
//  - bytes: every byte a match can contain (a superset: case folding is assumed everywhere);
//  - free: the bytes that parts repeated without bound (*, +, {n,}) can match;
//  - fixed_len: the longest match when every such part matches nothing. A match has at most
//    fixed_len bytes outside `free`: every byte outside `free` is matched by a bounded part.
//    With no unbounded part (free empty), fixed_len is the longest match.
// Used to search a pattern only in windows of a long post around the literals it needs (see
// PatternStore::Windows): a match contains one of those literals, cannot cross a byte outside
// `bytes`, and reaches at most fixed_len bytes outside `free` away from it.
// Conservative by construction: any syntax the reader does not know exactly gives the
// "anything" shape (all 256 bytes, all free), which disables windowing for that pattern.
#ifndef SECRETUM_PATTERN_SHAPE_H_
#define SECRETUM_PATTERN_SHAPE_H_

#include <bitset>
#include <cstddef>
#include <string>

namespace secretum::internal {

struct PatternShape {
  static constexpr size_t kUnbounded = static_cast<size_t>(-1);
  size_t fixed_len = kUnbounded;
  std::bitset<256> bytes;  // all set: anything
  std::bitset<256> free;
  bool anything() const { return bytes.all() && (free.all() || fixed_len == kUnbounded); }
};

PatternShape ShapeOf(const std::string& pattern);

}  // namespace secretum::internal

#endif  // SECRETUM_PATTERN_SHAPE_H_
