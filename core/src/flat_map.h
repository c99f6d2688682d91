// FlatMap: a hash table for tables built once and then only read (lexicon keys, the classifier's
// feature rows). Open addressing with linear probing over a flat array of slots, each slot the
// index + 1 of an entry in a vector kept in insertion order (0: empty); load factor <= 1/2.
// No allocation per entry: building takes one hash and about one probe per key; a lookup, one
// hash and about one comparison. Memory: the entries plus 8-16 bytes of slots per entry.
//
// The part of std::unordered_map's interface the engine uses: the first Insert of a key wins
// (as with emplace); find() returns a pointer to {first, second}, or end() (nullptr) when absent.
// The map copies its keys as they are: a std::string_view key must outlive the map.
#ifndef SECRETUM_FLAT_MAP_H_
#define SECRETUM_FLAT_MAP_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace secretum::internal {

// Hash: a callable giving a size_t-convertible hash of a K.
template <typename K, typename V, typename Hash>
class FlatMap {
 public:
  struct Entry {
    K first;
    V second;
  };

  void Reserve(size_t n) {
    entries_.reserve(n);
    size_t want = 16;
    while (want < 2 * n) want *= 2;
    if (want > slots_.size()) Rehash(want);
  }

  // Inserts key -> value unless the key is present; returns the key's entry and whether it was
  // inserted.
  std::pair<Entry*, bool> Insert(K key, V value) {
    if (2 * (entries_.size() + 1) > slots_.size()) Rehash(slots_.empty() ? 16 : 2 * slots_.size());
    const size_t mask = slots_.size() - 1;
    for (size_t i = Hash()(key) & mask;; i = (i + 1) & mask) {
      const uint32_t s = slots_[i];
      if (s == 0) {
        entries_.push_back({key, std::move(value)});
        slots_[i] = static_cast<uint32_t>(entries_.size());
        return {&entries_.back(), true};
      }
      if (entries_[s - 1].first == key) return {&entries_[s - 1], false};
    }
  }

  const Entry* find(const K& key) const {
    if (entries_.empty()) return nullptr;
    const size_t mask = slots_.size() - 1;
    for (size_t i = Hash()(key) & mask;; i = (i + 1) & mask) {
      const uint32_t s = slots_[i];
      if (s == 0) return nullptr;
      if (entries_[s - 1].first == key) return &entries_[s - 1];
    }
  }
  const Entry* end() const { return nullptr; }
  size_t size() const { return entries_.size(); }
  // Every entry, in insertion order.
  const std::vector<Entry>& entries() const { return entries_; }

 private:
  void Rehash(size_t n) {
    slots_.assign(n, 0);
    const size_t mask = n - 1;
    for (size_t e = 0; e < entries_.size(); ++e) {
      size_t i = Hash()(entries_[e].first) & mask;
      while (slots_[i] != 0) i = (i + 1) & mask;
      slots_[i] = static_cast<uint32_t>(e + 1);
    }
  }

  std::vector<Entry> entries_;
  std::vector<uint32_t> slots_;  // entry index + 1; 0: empty. Size: a power of two, or 0.
};

}  // namespace secretum::internal

#endif  // SECRETUM_FLAT_MAP_H_
