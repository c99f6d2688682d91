#include "aho_corasick.h"

#include <algorithm>

namespace secretum::internal {

AhoCorasick::AhoCorasick(const std::vector<std::string_view>& strings) : num_strings_(strings.size()) {
  // 1. The trie, from the strings in sorted order (ties by index). A string shares with the one
  // before it the nodes of their common prefix (the previous string's path is kept), so it adds
  // only the nodes of the rest of it, and each node's children arrive in byte order: a new
  // child's byte is above every byte of its earlier siblings, the strings being sorted. This
  // runs at every engine start (about 15,000 strings, 41,000 nodes; the atoms table gives its
  // literals sorted, so the sort is skipped): one step per node, not per byte of every string.
  const size_t n = strings.size();
  std::vector<int32_t> order(n);
  for (size_t i = 0; i < n; ++i) order[i] = static_cast<int32_t>(i);
  if (!std::is_sorted(strings.begin(), strings.end()))
    std::stable_sort(order.begin(), order.end(), [&](int32_t a, int32_t b) { return strings[a] < strings[b]; });
  struct Draft {  // a node in creation order; children chained from first to last
    int32_t first_child = -1;
    int32_t last_child = -1;
    int32_t next_sibling = -1;
    unsigned char byte = 0;
  };
  std::vector<Draft> draft(1);
  std::vector<int32_t> path(1, 0);  // path[d]: the previous string's node at depth d
  std::vector<int32_t> end_draft(n, 0);  // where each string ends (root: empty, never reported)
  std::string_view previous;
  for (size_t k = 0; k < n; ++k) {
    const std::string_view s = strings[static_cast<size_t>(order[k])];
    size_t c = 0;
    while (c < s.size() && c < previous.size() && s[c] == previous[c]) ++c;
    path.resize(c + 1);
    for (size_t d = c; d < s.size(); ++d) {
      const int32_t node = static_cast<int32_t>(draft.size());
      const int32_t up = path[d];
      draft.push_back(Draft());
      draft.back().byte = static_cast<unsigned char>(s[d]);
      Draft& parent_draft = draft[static_cast<size_t>(up)];
      if (parent_draft.last_child < 0) {
        parent_draft.first_child = node;
      } else {
        draft[static_cast<size_t>(parent_draft.last_child)].next_sibling = node;
      }
      parent_draft.last_child = node;
      path.push_back(node);
    }
    end_draft[static_cast<size_t>(order[k])] = path[s.size()];
    previous = s;
  }
  // Numbered breadth-first: a node's children are then consecutive, in byte order (no edge list,
  // no map per node), and a node's failure node, shallower, comes before it.
  const size_t total = draft.size();
  nodes_.assign(total, Node());
  bytes_.assign(total, 0);
  std::vector<int32_t> parent(total, 0), new_id(total, 0), queue(total, 0);
  size_t tail = 1;
  for (size_t v = 0; v < total; ++v) {
    Node& node = nodes_[v];
    node.first_child = static_cast<uint32_t>(tail);
    for (int32_t c = draft[static_cast<size_t>(queue[v])].first_child; c >= 0;
         c = draft[static_cast<size_t>(c)].next_sibling) {
      queue[tail] = c;
      new_id[static_cast<size_t>(c)] = static_cast<int32_t>(tail);
      bytes_[tail] = draft[static_cast<size_t>(c)].byte;
      parent[tail] = static_cast<int32_t>(v);
      ++tail;
      ++node.num_children;
    }
    if (node.num_children == 0) node.first_child = 0;
  }
  std::vector<int32_t> end_node(n, 0);
  for (size_t i = 0; i < n; ++i) end_node[i] = new_id[static_cast<size_t>(end_draft[i])];
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
