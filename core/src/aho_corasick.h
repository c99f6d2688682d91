// Aho-Corasick multi-string matcher: finds which of many short strings (the required literals
// of the rules' regular expressions, see FilteredRE2) occur in a text, in one pass.
#ifndef SECRETUM_AHO_CORASICK_H_
#define SECRETUM_AHO_CORASICK_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace secretum::internal {

class AhoCorasick {
 public:
  // Builds the automaton. Cost: linear in the total length of `strings` (times the alphabet's
  // branching); memory about 16 bytes per trie node plus the output lists.
  // When `strings` are already sorted (bytewise, as AtomsTable keeps them) the sort is skipped.
  explicit AhoCorasick(const std::vector<std::string_view>& strings);
  AhoCorasick() = default;

  // Indices (into the constructor's `strings`) of every string occurring in `text`, sorted and
  // unique. Cost: O(len(text) + number of occurrences).
  std::vector<int> Find(std::string_view text) const;

 private:
  struct Node {
    uint32_t first_edge = 0;  // edges_[first_edge, first_edge + num_edges), sorted by byte
    uint16_t num_edges = 0;
    int32_t fail = 0;
    int32_t first_out = -1;   // outputs_ chain (this node's strings and its suffixes')
  };
  struct Edge {
    unsigned char byte;
    int32_t target;
  };
  int32_t Next(int32_t node, unsigned char byte) const;  // goto, or -1

  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  std::vector<std::pair<int32_t, int32_t>> outputs_;  // (string index, next output or -1)
  size_t num_strings_ = 0;
};

}  // namespace secretum::internal

#endif  // SECRETUM_AHO_CORASICK_H_
