// The rule pack: RuleSetData in a compact binary form, made at build time from rules/ (by
// core/tools/pack_rules.cc, after the JSON loader has read and checked every file) and embedded
// in the binary, so that RuleSet::Builtin() starts without parsing JSON, normalizing terms or
// reading lexicon TSV. rules/ stays the source of truth; RuleSet::FromDirectory / FromFiles still
// read JSON (user-supplied rules, tests).
//
// Format (little-endian; "str" = varint length + bytes; lists = varint count + items):
//   "SRPK" magic, u32 format version (kPackVersion), then sections in a fixed order: categories,
//   citations, citation groups, context lists, the re-identification model, the statistical
//   layer (flag, categories, row count, then three streams: the feature ids' deltas, per row a
//   varint mask of the categories it weighs in, those non-zero int8 weights), lexicons (entry
//   count, max_tokens, a table of at most 128 distinct weights and one code per key: weight
//   number | 0x80 when the key has a space or an apostrophe; then the keys in file order,
//   front-coded: per key one byte (bytes shared with the previous key), the rest, '\n'),
//   the atoms table (literals once, sorted; per pattern hash its clauses as literal ids, delta-coded
//   within a clause), rules. A pack is not
//   validated beyond bounds: it comes from the build, which validated the rules.
//
// Cost of UnpackRuleSet: one pass over the bytes but the lexicons' keys, whose tables are built at
// their first lookup (lexicon_index.h), and the atoms table's literals (views).
#ifndef SECRETUM_RULES_PACK_H_
#define SECRETUM_RULES_PACK_H_

#include <string>
#include <string_view>

#include "rules.h"

namespace secretum::internal {

inline constexpr unsigned kPackVersion = 8;

struct PackOptions {
  // Rules' "examples" (fire/quiet): needed by `secretum test-rules` and the tests, not by the
  // WebAssembly engine, which leaves them out (a third of the rules' text).
  bool examples = true;
};

// The pack of `data` (deterministic: same data, same bytes).
std::string PackRuleSet(const RuleSetData& data, const PackOptions& options = PackOptions());

// Reads a pack into *out. `bytes_are_static`: the bytes outlive every RuleSet made from them
// (the built-in pack), so lexicon keys are not copied. On a malformed or truncated pack returns
// false and sets *error.
bool UnpackRuleSet(std::string_view pack, bool bytes_are_static, RuleSetData* out,
                   std::string* error);

// The first difference between two rule sets ("rules[12] (fr-nir).context.window: 40 != 60"),
// or "" when they are the same (lexicons compared entry by entry, atoms clause by clause).
// `examples`: compare the rules' examples too.
std::string DiffRuleSetData(const RuleSetData& a, const RuleSetData& b, bool examples = true);

}  // namespace secretum::internal

#endif  // SECRETUM_RULES_PACK_H_
