#include "atoms_table.h"

#include <algorithm>

namespace secretum::internal {

AtomsTable AtomsTable::Builder::Build() const {
  std::vector<std::string_view> distinct;
  size_t bytes = 0;
  for (const auto& [key, clauses] : clauses_)
    for (const auto& clause : clauses)
      for (const std::string& l : clause) distinct.push_back(l), bytes += l.size();
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  auto storage = std::make_shared<std::string>();
  storage->reserve(bytes);
  for (std::string_view l : distinct) storage->append(l);
  AtomsTable t;
  t.literals_.reserve(distinct.size());
  for (size_t i = 0, at = 0; i < distinct.size(); at += distinct[i].size(), ++i)
    t.literals_.emplace_back(storage->data() + at, distinct[i].size());
  t.storage_ = std::move(storage);
  t.offsets_.push_back(0);
  for (const auto& [key, clauses] : clauses_) {  // std::map: keys in increasing order
    t.keys_.push_back(key);
    for (const auto& clause : clauses) {
      std::vector<uint32_t> ids;
      for (const std::string& l : clause)
        ids.push_back(static_cast<uint32_t>(
            std::lower_bound(t.literals_.begin(), t.literals_.end(), std::string_view(l)) - t.literals_.begin()));
      std::sort(ids.begin(), ids.end());  // a clause is a set
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      t.data_.push_back(static_cast<uint32_t>(ids.size()));
      t.data_.insert(t.data_.end(), ids.begin(), ids.end());
    }
    t.offsets_.push_back(static_cast<uint32_t>(t.data_.size()));
  }
  return t;
}

bool AtomsTable::FromParts(std::vector<std::string_view> literals, std::vector<uint64_t> keys,
                           std::vector<uint32_t> offsets, std::vector<uint32_t> data,
                           std::shared_ptr<const std::string> storage, AtomsTable* out) {
  if (offsets.size() != keys.size() + 1 || offsets.front() != 0 || offsets.back() != data.size()) return false;
  for (size_t k = 1; k < keys.size(); ++k)
    if (keys[k - 1] >= keys[k]) return false;
  for (size_t k = 1; k < literals.size(); ++k)
    if (!(literals[k - 1] < literals[k])) return false;
  for (size_t k = 0; k < keys.size(); ++k) {  // each range: whole clauses of valid ids
    if (offsets[k] > offsets[k + 1]) return false;
    for (size_t i = offsets[k]; i < offsets[k + 1];) {
      const size_t n = data[i];
      if (n == 0 || n > offsets[k + 1] - i - 1) return false;
      for (size_t j = i + 1; j <= i + n; ++j)
        if (data[j] >= literals.size()) return false;
      i += n + 1;
    }
  }
  out->literals_ = std::move(literals);
  out->keys_ = std::move(keys);
  out->offsets_ = std::move(offsets);
  out->data_ = std::move(data);
  out->storage_ = std::move(storage);
  return true;
}

AtomsTable::ClauseRange AtomsTable::Find(uint64_t pattern, bool* found) const {
  auto it = std::lower_bound(keys_.begin(), keys_.end(), pattern);
  *found = it != keys_.end() && *it == pattern;
  if (!*found) return {};
  const size_t k = static_cast<size_t>(it - keys_.begin());
  return {data_.data() + offsets_[k], data_.data() + offsets_[k + 1]};
}

std::vector<std::vector<std::string>> AtomsTable::ClausesOf(uint64_t pattern, bool* found) const {
  std::vector<std::vector<std::string>> out;
  ClauseRange r = Find(pattern, found);
  for (const uint32_t* p = r.begin; p < r.end; p += *p + 1) {
    out.emplace_back();
    for (const uint32_t* id = p + 1; id <= p + *p; ++id) out.back().emplace_back(literals_[*id]);
  }
  return out;
}

}  // namespace secretum::internal
