// PatternLiterals: literals a match of a rule pattern must contain, read from the pattern's text
// (RE2 syntax, Latin-1 mode: one character is one byte), as clauses: every match, ASCII-lowercased
// (as PatternStore screens posts), contains one literal of each clause.
//
// A stronger complement to RE2's prefilter (PatternStore::AtomsJson takes both): RE2 gives up an
// alternation when one branch is short ("ct" in "photos?|...|ct") or a character class splits a
// word ("clich[eé]"), and turns "photos?" into a 1-byte atom after set simplification; here
// optional parts are enumerated ("photo", "photos"), an alternation keeps one clause per branch
// and literals are cut to their first kMaxLiteral bytes (a prefix of a required string is
// required too). Conservative by construction: syntax it does not know exactly gives no clause;
// case folding is assumed everywhere (ASCII letters lowercased, Latin-1 letters in both cases).
#ifndef SECRETUM_PATTERN_LITERALS_H_
#define SECRETUM_PATTERN_LITERALS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace secretum::internal {

// Each clause sorted and unique; none empty, none holding the empty string. No clause: nothing
// is known (the pattern can match anything as far as literals go).
std::vector<std::vector<std::string>> PatternLiterals(const std::string& pattern);

// Bytes a literal of a clause keeps (its prefix: a prefix of a required string is required too;
// shorter literals keep the atoms table, which the WebAssembly module embeds, small).
constexpr size_t kMaxClauseLiteral = 8;

// A clause from strings one of which a match holds: those that can occur in well-formed UTF-8,
// each cut to its longest well-formed run (the atoms table goes through JSON, which would turn a
// stray byte into U+FFFD, a literal no post holds) and to kMaxClauseLiteral bytes, sorted,
// without those holding another (implied by it). Empty when the clause says nothing.
std::vector<std::string> ClauseOf(const std::vector<std::string>& strings);

// True if `s` can be a substring of well-formed UTF-8 text (the post's view always is).
bool CanOccurInUtf8(std::string_view s);

// Bytes of the longest prefix of `s` that is well-formed UTF-8.
size_t ValidUtf8Prefix(std::string_view s);

// A rough guess at how likely a post holds one of the clause's literals, from their lengths (a
// short literal occurs in most posts; a 1-byte one that is not a letter, digit, space or common
// punctuation, such as "@", much less), as if they were independent. Only used to rank clauses.
double ClauseOdds(const std::vector<std::string>& clause);

}  // namespace secretum::internal

#endif  // SECRETUM_PATTERN_LITERALS_H_
