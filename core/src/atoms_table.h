// AtomsTable: the literals each rule pattern needs (see pattern_store.h), computed at build time,
// in the flat form PatternStore uses as is: no string is built when the engine starts.
//
//   literals  every distinct literal once, sorted bytewise: literal id = rank. The Aho-Corasick
//             automaton is built over this list directly (already sorted: no sort at start).
//   patterns  pattern hash (PatternHash, pattern_store.h) -> clauses, each a sorted list of
//             literal ids: the pattern can match only if every clause has one of its literals in
//             the post; no clause: always run.
// Made by AtomsTable::Builder (JSON loader: atoms.json) or read from the rule pack, whose
// literals are views into the pack's static bytes. Immutable once built; copies share storage.
#ifndef SECRETUM_ATOMS_TABLE_H_
#define SECRETUM_ATOMS_TABLE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace secretum::internal {

class AtomsTable {
 public:
  // One pattern's clauses: ids[begin, end) of the flat clause data, laid out as
  // [n, id_1 .. id_n] per clause.
  struct ClauseRange {
    const uint32_t* begin = nullptr;
    const uint32_t* end = nullptr;
  };

  // Collects clauses of literal strings per pattern, then numbers the literals.
  class Builder {
   public:
    void Add(uint64_t pattern, std::vector<std::vector<std::string>> clauses) {
      clauses_[pattern] = std::move(clauses);
    }
    AtomsTable Build() const;

   private:
    std::map<uint64_t, std::vector<std::vector<std::string>>> clauses_;
  };

  // From parts already in final form (the rule pack): `literals` sorted and unique, `keys`
  // sorted and unique, `offsets` of size keys.size() + 1 into `data`. `storage` keeps the
  // literals' bytes alive (null when they are static). False when the parts are inconsistent.
  static bool FromParts(std::vector<std::string_view> literals, std::vector<uint64_t> keys,
                        std::vector<uint32_t> offsets, std::vector<uint32_t> data,
                        std::shared_ptr<const std::string> storage, AtomsTable* out);

  size_t size() const { return keys_.size(); }  // patterns
  const std::vector<std::string_view>& literals() const { return literals_; }
  const std::vector<uint64_t>& keys() const { return keys_; }  // sorted

  // The clauses of `pattern`; found false when the table does not know it. Cost: a binary search.
  ClauseRange Find(uint64_t pattern, bool* found) const;
  // Same, as strings (tests, the rule diff).
  std::vector<std::vector<std::string>> ClausesOf(uint64_t pattern, bool* found) const;

  // The flat form, as FromParts takes it (the pack writer).
  const std::vector<uint32_t>& offsets() const { return offsets_; }
  const std::vector<uint32_t>& data() const { return data_; }

 private:
  std::vector<std::string_view> literals_;
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> offsets_;  // keys_.size() + 1 entries (or none when empty)
  std::vector<uint32_t> data_;
  std::shared_ptr<const std::string> storage_;
};

}  // namespace secretum::internal

#endif  // SECRETUM_ATOMS_TABLE_H_
