#include "aho_corasick.h"

#include <algorithm>
#include <map>

namespace secretum::internal {

AhoCorasick::AhoCorasick(const std::vector<std::string>& strings) : num_strings_(strings.size()) {
  // 1. A trie with map edges, then flattened into sorted edge arrays.
  std::vector<std::map<unsigned char, int32_t>> trie(1);
  std::vector<std::vector<int32_t>> own(1);
  for (size_t i = 0; i < strings.size(); ++i) {
    int32_t node = 0;
    for (unsigned char c : strings[i]) {
      auto it = trie[node].find(c);
      if (it == trie[node].end()) {
        trie[node][c] = static_cast<int32_t>(trie.size());
        node = static_cast<int32_t>(trie.size());
        trie.emplace_back();
        own.emplace_back();
      } else {
        node = it->second;
      }
    }
    own[node].push_back(static_cast<int32_t>(i));
  }
  nodes_.resize(trie.size());
  for (size_t n = 0; n < trie.size(); ++n) {
    nodes_[n].first_edge = static_cast<uint32_t>(edges_.size());
    nodes_[n].num_edges = static_cast<uint16_t>(trie[n].size());
    for (const auto& [byte, target] : trie[n]) edges_.push_back({byte, target});
  }
  // 2. Failure links breadth-first; each node's outputs are its own strings followed by its
  // failure node's outputs (shared chains, so memory stays linear).
  std::vector<int32_t> queue;
  for (uint32_t e = 0; e < nodes_[0].num_edges; ++e) queue.push_back(edges_[e].target);
  std::vector<int32_t> chain_head(nodes_.size(), -1);
  auto link_outputs = [&](int32_t n) {
    int32_t head = chain_head[nodes_[n].fail];
    for (int32_t s : own[n]) {
      outputs_.push_back({s, head});
      head = static_cast<int32_t>(outputs_.size() - 1);
    }
    chain_head[n] = head;
    nodes_[n].first_out = head;
  };
  for (int32_t n : queue) link_outputs(n);
  for (size_t q = 0; q < queue.size(); ++q) {
    int32_t n = queue[q];
    const Node& node = nodes_[n];
    for (uint32_t e = node.first_edge; e < node.first_edge + node.num_edges; ++e) {
      unsigned char c = edges_[e].byte;
      int32_t child = edges_[e].target;
      int32_t f = nodes_[n].fail;
      int32_t next;
      while ((next = Next(f, c)) < 0 && f != 0) f = nodes_[f].fail;
      next = Next(f, c);
      nodes_[child].fail = (next >= 0 && next != child) ? next : 0;
      link_outputs(child);
      queue.push_back(child);
    }
  }
}

int32_t AhoCorasick::Next(int32_t node, unsigned char byte) const {
  const Node& n = nodes_[node];
  auto begin = edges_.begin() + n.first_edge, end = begin + n.num_edges;
  auto it = std::lower_bound(begin, end, byte, [](const Edge& e, unsigned char b) { return e.byte < b; });
  return it != end && it->byte == byte ? it->target : -1;
}

std::vector<int> AhoCorasick::Find(std::string_view text) const {
  std::vector<int> found;
  if (nodes_.empty()) return found;
  std::vector<bool> seen(num_strings_, false);
  int32_t state = 0;
  for (unsigned char c : text) {
    int32_t next;
    while ((next = Next(state, c)) < 0 && state != 0) state = nodes_[state].fail;
    state = next < 0 ? 0 : next;
    for (int32_t o = nodes_[state].first_out; o >= 0; o = outputs_[o].second) {
      if (seen[outputs_[o].first]) break;  // the rest of this chain was reported already
      seen[outputs_[o].first] = true;
      found.push_back(outputs_[o].first);
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace secretum::internal
