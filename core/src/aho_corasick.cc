#include "aho_corasick.h"

#include <algorithm>

namespace secretum::internal {

AhoCorasick::AhoCorasick(const std::vector<std::string_view>& strings) : num_strings_(strings.size()) {
  // 1. The trie, numbered breadth-first and built one depth at a time from the strings in sorted
  // order (ties by index): the nodes of one depth are then in sorted order, so each node's
  // children are consecutive nodes, in byte order (no edge list, no map per node). Two strings
  // adjacent in that order share their node at depth d iff their common prefix has d bytes or
  // more (a string between them would share that prefix too). This runs at every engine start
  // (about 9,000 strings, 46,000 nodes): the atoms table gives its literals sorted, so the
  // sort is skipped.
  const size_t n = strings.size();
  std::vector<int32_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = static_cast<int32_t>(i);
  if (!std::is_sorted(strings.begin(), strings.end()))
    std::stable_sort(order.begin(), order.end(), [&](int32_t a, int32_t b) { return strings[a] < strings[b]; });
  std::vector<uint32_t> common(n, 0);  // common[k]: common prefix of order[k - 1] and order[k]
  size_t total = 0;
  for (size_t k = 0; k < n; ++k) {
    std::string_view s = strings[static_cast<size_t>(order[k])];
    total += s.size();
    if (k == 0) continue;
    std::string_view p = strings[static_cast<size_t>(order[k - 1])];
    size_t c = 0;
    while (c < s.size() && c < p.size() && s[c] == p[c]) ++c;
    common[k] = static_cast<uint32_t>(c);
  }
  nodes_.reserve(total + 1);
  bytes_.reserve(total + 1);
  nodes_.push_back(Node());
  bytes_.push_back(0);
  std::vector<int32_t> parent(1, 0);
  parent.reserve(total + 1);
  std::vector<int32_t> at(n, 0);     // order[k]'s node at the current depth
  std::vector<int32_t> end_node(n, 0);  // where each string ends (root: empty, never reported)
  std::vector<uint32_t> active;      // positions k in `order` whose string is long enough
  active.reserve(n);
  for (size_t k = 0; k < n; ++k)
    if (!strings[static_cast<size_t>(order[k])].empty()) active.push_back(static_cast<uint32_t>(k));
  for (size_t depth = 1; !active.empty(); ++depth) {
    size_t kept = 0;
    uint32_t previous = UINT32_MAX;
    for (uint32_t k : active) {
      std::string_view s = strings[static_cast<size_t>(order[k])];
      const int32_t up = at[k];
      if (!(previous != UINT32_MAX && previous + 1 == k && common[k] >= depth)) {
        const int32_t node = static_cast<int32_t>(nodes_.size());
        nodes_.push_back(Node());
        bytes_.push_back(static_cast<unsigned char>(s[depth - 1]));
        parent.push_back(up);
        Node& p = nodes_[static_cast<size_t>(up)];
        if (p.num_children++ == 0) p.first_child = static_cast<uint32_t>(node);
      }
      at[k] = static_cast<int32_t>(nodes_.size() - 1);
      previous = k;
      if (s.size() == depth) {
        end_node[static_cast<size_t>(order[k])] = at[k];
      } else {
        active[kept++] = k;
      }
    }
    active.resize(kept);
  }
  // Each node's strings, chained in increasing index order.
  std::vector<int32_t> own_head(nodes_.size(), -1), own_next(n, -1);
  for (size_t i = n; i-- > 0;) {
    if (end_node[i] == 0) continue;
    own_next[i] = own_head[static_cast<size_t>(end_node[i])];
    own_head[static_cast<size_t>(end_node[i])] = static_cast<int32_t>(i);
  }
  root_.fill(-1);
  for (uint32_t c = 0; c < nodes_[0].num_children; ++c)
    root_[bytes_[nodes_[0].first_child + c]] = static_cast<int32_t>(nodes_[0].first_child + c);
  // 2. Failure links in node order (breadth-first, so a node's failure node, shallower, is done
  // before it); each node's outputs are its own strings followed by its failure node's outputs
  // (shared chains, so memory stays linear).
  outputs_.reserve(n);
  for (size_t v = 1; v < nodes_.size(); ++v) {
    Node& node = nodes_[v];
    const int32_t up = parent[v];
    if (up != 0) {
      int32_t f = nodes_[static_cast<size_t>(up)].fail;
      int32_t next;
      while ((next = Next(f, bytes_[v])) < 0 && f != 0) f = nodes_[static_cast<size_t>(f)].fail;
      node.fail = next >= 0 ? next : 0;
    }
    int32_t head = nodes_[static_cast<size_t>(node.fail)].first_out;
    for (int32_t s = own_head[v]; s >= 0; s = own_next[static_cast<size_t>(s)]) {
      outputs_.push_back({s, head});
      head = static_cast<int32_t>(outputs_.size() - 1);
    }
    node.first_out = head;
  }
}

// Inline: Find calls it for every byte of every post (and again up the failure links).
inline int32_t AhoCorasick::Next(int32_t node, unsigned char byte) const {
  if (node == 0) return root_[byte];
  const Node& n = nodes_[static_cast<size_t>(node)];
  const unsigned char* begin = bytes_.data() + n.first_child;
  const unsigned char* end = begin + n.num_children;
  // Most nodes below the root have a few children: a linear scan, a binary search beyond 8.
  const unsigned char* it = begin;
  if (n.num_children > 8) {
    it = std::lower_bound(begin, end, byte);
  } else {
    while (it != end && *it < byte) ++it;
  }
  return it != end && *it == byte ? static_cast<int32_t>(it - bytes_.data()) : -1;
}

std::vector<int> AhoCorasick::Find(std::string_view text,
                                   std::vector<std::pair<int32_t, uint32_t>>* occurrences) const {
  std::vector<int> found;
  occurrences->clear();
  if (nodes_.empty()) return found;
  std::vector<bool> seen(num_strings_, false);
  int32_t state = 0;
  uint32_t at = 0;
  for (unsigned char c : text) {
    ++at;
    int32_t next;
    while ((next = Next(state, c)) < 0 && state != 0) state = nodes_[static_cast<size_t>(state)].fail;
    state = next < 0 ? 0 : next;
    for (int32_t o = nodes_[static_cast<size_t>(state)].first_out; o >= 0; o = outputs_[static_cast<size_t>(o)].second) {
      const int32_t s = outputs_[static_cast<size_t>(o)].first;
      occurrences->emplace_back(s, at);
      if (seen[static_cast<size_t>(s)]) continue;
      seen[static_cast<size_t>(s)] = true;
      found.push_back(s);
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

std::vector<int> AhoCorasick::Find(std::string_view text) const {
  std::vector<int> found;
  if (nodes_.empty()) return found;
  std::vector<bool> seen(num_strings_, false);
  int32_t state = 0;
  for (unsigned char c : text) {
    int32_t next;
    while ((next = Next(state, c)) < 0 && state != 0) state = nodes_[static_cast<size_t>(state)].fail;
    state = next < 0 ? 0 : next;
    for (int32_t o = nodes_[static_cast<size_t>(state)].first_out; o >= 0; o = outputs_[static_cast<size_t>(o)].second) {
      if (seen[static_cast<size_t>(outputs_[static_cast<size_t>(o)].first)]) break;  // the rest of this chain was reported already
      seen[static_cast<size_t>(outputs_[static_cast<size_t>(o)].first)] = true;
      found.push_back(outputs_[static_cast<size_t>(o)].first);
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace secretum::internal
