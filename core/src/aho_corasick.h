// Aho-Corasick multi-string matcher: finds which of many short strings (the required literals
// of the rules' regular expressions, see FilteredRE2) occur in a text, in one pass.
#ifndef SECRETUM_AHO_CORASICK_H_
#define SECRETUM_AHO_CORASICK_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace secretum::internal {

class AhoCorasick {
 public:
  // Builds the automaton. Cost: linear in the total length of `strings` (times the alphabet's
  // branching); memory about 17 bytes per trie node plus the output lists.
  // When `strings` are already sorted (bytewise, as AtomsTable keeps them) the sort is skipped.
  explicit AhoCorasick(const std::vector<std::string_view>& strings);
  AhoCorasick() = default;

  // Indices (into the constructor's `strings`) of every string occurring in `text`, sorted and
  // unique. Cost: O(len(text) + number of occurrences).
  std::vector<int> Find(std::string_view text) const;

  // The same, and also every occurrence: (string index, end offset in `text`), by end offset.
  std::vector<int> Find(std::string_view text, std::vector<std::pair<int32_t, uint32_t>>* occurrences) const;

 private:
  // Nodes are numbered breadth-first; a node's children are the nodes
  // [first_child, first_child + num_children), sorted by their byte bytes_[child].
  struct Node {
    uint32_t first_child = 0;
    uint32_t num_children = 0;
    int32_t fail = 0;
    int32_t first_out = -1;   // outputs_ chain (this node's strings and its suffixes')
  };
  int32_t Next(int32_t node, unsigned char byte) const;  // goto, or -1

  std::array<int32_t, 256> root_{};  // goto of the root, by byte (-1: none): most lookups
  std::vector<Node> nodes_;
  std::vector<unsigned char> bytes_;  // the byte leading to each node from its parent
  std::vector<std::pair<int32_t, int32_t>> outputs_;  // (string index, next output or -1)
  size_t num_strings_ = 0;
};

}  // namespace secretum::internal

#endif  // SECRETUM_AHO_CORASICK_H_
