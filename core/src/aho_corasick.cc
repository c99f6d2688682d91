#include "aho_corasick.h"

#include <algorithm>

namespace secretum::internal {

AhoCorasick::AhoCorasick(const std::vector<std::string_view>& strings) : num_strings_(strings.size()) {
  // 1. The trie, built from the strings in sorted order (ties by index): a string shares with the
  // previous one the path of their common prefix, and each node's children appear in byte order,
  // so they are chained as siblings, then laid out as sorted edge arrays. No map per node: this
  // runs at every engine start (about 9,000 strings, 45,000 nodes).
  std::vector<std::pair<std::string_view, int32_t>> order(strings.size());  // (string, index)
  for (size_t i = 0; i < order.size(); ++i) order[i] = {strings[i], static_cast<int32_t>(i)};
  if (!std::is_sorted(strings.begin(), strings.end())) std::sort(order.begin(), order.end());
  size_t max_nodes = 1;
  for (std::string_view s : strings) max_nodes += s.size();
  std::vector<int32_t> first_child(max_nodes, -1), last_child(max_nodes, -1), next_sibling(max_nodes, -1);
  std::vector<unsigned char> byte_of(max_nodes, 0);
  std::vector<int32_t> own_head(max_nodes, -1), own_tail(max_nodes, -1);  // a node's strings,
  std::vector<int32_t> own_next(strings.size(), -1);                      // chained in own_next
  std::vector<int32_t> path(1, 0);  // nodes along the previous string
  size_t num_nodes = 1;
  std::string_view previous;
  for (const auto& [s, i] : order) {
    size_t common = 0;
    while (common < s.size() && common < previous.size() && s[common] == previous[common]) ++common;
    path.resize(common + 1);
    int32_t node = path[common];
    for (size_t k = common; k < s.size(); ++k) {
      const int32_t child = static_cast<int32_t>(num_nodes++);
      byte_of[static_cast<size_t>(child)] = static_cast<unsigned char>(s[k]);
      if (last_child[static_cast<size_t>(node)] < 0) first_child[static_cast<size_t>(node)] = child;
      else next_sibling[static_cast<size_t>(last_child[static_cast<size_t>(node)])] = child;
      last_child[static_cast<size_t>(node)] = child;
      node = child;
      path.push_back(node);
    }
    // Strings of one node in increasing index order (equal strings are sorted by index).
    if (own_tail[static_cast<size_t>(node)] < 0) own_head[static_cast<size_t>(node)] = i;
    else own_next[static_cast<size_t>(own_tail[static_cast<size_t>(node)])] = i;
    own_tail[static_cast<size_t>(node)] = i;
    previous = s;
  }
  nodes_.resize(num_nodes);
  edges_.reserve(num_nodes - 1);
  for (size_t n = 0; n < nodes_.size(); ++n) {
    nodes_[n].first_edge = static_cast<uint32_t>(edges_.size());
    for (int32_t c = first_child[n]; c >= 0; c = next_sibling[static_cast<size_t>(c)])
      edges_.push_back({byte_of[static_cast<size_t>(c)], c});
    nodes_[n].num_edges = static_cast<uint16_t>(edges_.size() - nodes_[n].first_edge);
  }
  // 2. Failure links breadth-first; each node's outputs are its own strings followed by its
  // failure node's outputs (shared chains, so memory stays linear).
  std::vector<int32_t> queue;
  for (uint32_t e = 0; e < nodes_[0].num_edges; ++e) queue.push_back(edges_[e].target);
  std::vector<int32_t> chain_head(nodes_.size(), -1);
  auto link_outputs = [&](int32_t n) {
    int32_t head = chain_head[nodes_[n].fail];
    for (int32_t s = own_head[static_cast<size_t>(n)]; s >= 0; s = own_next[static_cast<size_t>(s)]) {
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
