#include "rules_reader.h"

#include "pattern_store.h"
#include "text.h"

namespace secretum::internal {

void NormalizeTerms(Reader& r, const std::string& path, const std::vector<std::string>& terms,
                    std::vector<std::string>* out) {
  for (size_t i = 0; i < terms.size(); ++i) {
    std::string t = NormalizeTerm(terms[i]);
    if (t.find_first_not_of(' ') == std::string::npos)
      r.Fail(path + "[" + std::to_string(i) + "]", kEmptyTerm);
    else
      out->push_back(std::move(t));
  }
}

std::string BaseName(const std::string& name) {
  size_t slash = name.find_last_of('/');
  return slash == std::string::npos ? name : name.substr(slash + 1);
}

void ReadContext(Reader& r, const Json& obj, const std::string& path, ContextSpec* out) {
  if (!obj.is_object()) return r.Fail(path, "expected an object");
  r.OnlyKeys(obj, path, {"lists", "terms", "lexicons", "window", "side"});
  r.StringList(obj, path, "lists", &out->lists);
  std::vector<std::string> terms;
  r.StringList(obj, path, "terms", &terms);
  NormalizeTerms(r, Reader::Join(path, "terms"), terms, &out->terms);
  r.StringList(obj, path, "lexicons", &out->lexicons);
  r.Int(obj, path, "window", &out->window, 0, 100000);
  std::string side = "both";
  r.String(obj, path, "side", &side, false);
  if (side == "both") out->side = ContextSpec::kBoth;
  else if (side == "before") out->side = ContextSpec::kBefore;
  else if (side == "after") out->side = ContextSpec::kAfter;
  else if (side == "inside") out->side = ContextSpec::kInside;
  else r.Fail(Reader::Join(path, "side"), "expected before, after, both or inside; got \"" + side + "\"");
  if (out->lists.empty() && out->terms.empty() && out->lexicons.empty())
    r.Fail(path, "needs \"lists\", \"terms\" or \"lexicons\"");
}

void ReadCategories(Reader& r, const Json& doc, RuleSetData* data) {
  r.OnlyKeys(doc, "", {"categories", "description"});
  if (!doc.contains("categories") || !doc["categories"].is_object())
    return r.Fail("categories", "missing or not an object");
  for (auto it = doc["categories"].begin(); it != doc["categories"].end(); ++it) {
    std::string p = "categories." + it.key();
    if (!IsCategory(it.key())) return r.Fail(p, "not one of the ten categories");
    if (!it->is_object()) return r.Fail(p, "expected an object");
    r.OnlyKeys(*it, p, {"severity", "sources", "message", "why", "suggestion"});
    CategoryDefaults c;
    r.SeverityKey(*it, p, "severity", &c.severity);
    r.String(*it, p, "sources", &c.sources, false);
    r.LangTexts(*it, p, "message", &c.message);
    r.LangTexts(*it, p, "why", &c.why);
    r.LangTexts(*it, p, "suggestion", &c.suggestion);
    data->categories[it.key()] = c;
  }
}

void ReadCitations(Reader& r, const Json& doc, RuleSetData* data) {
  r.OnlyKeys(doc, "", {"citations", "groups", "description"});
  if (!doc.contains("citations") || !doc["citations"].is_object())
    return r.Fail("citations", "missing or not an object");
  for (auto it = doc["citations"].begin(); it != doc["citations"].end(); ++it) {
    std::string p = "citations." + it.key();
    if (!it->is_object()) return r.Fail(p, "expected an object");
    r.OnlyKeys(*it, p, {"title", "url", "verified", "summary"});
    Citation c;
    r.LangTexts(*it, p, "title", &c.title);
    if (c.title.empty()) r.Fail(p + ".title", "missing");
    r.String(*it, p, "url", &c.url, true);
    if (!c.url.empty() && c.url.rfind("https://", 0) != 0) r.Fail(p + ".url", "expected https://");
    data->citations[it.key()] = c;
  }
  if (!doc.contains("groups") || !doc["groups"].is_object())
    return r.Fail("groups", "missing or not an object");
  for (auto it = doc["groups"].begin(); it != doc["groups"].end(); ++it) {
    std::string p = "groups." + it.key();
    if (!it->is_object()) return r.Fail(p, "expected an object");
    r.OnlyKeys(*it, p, {"fr", "qc", "ca", "us", "uk"});
    for (auto j = it->begin(); j != it->end(); ++j) {
      std::vector<std::string> ids;
      r.StringList(*it, p, j.key().c_str(), &ids);
      data->citation_groups[it.key()][j.key()] = ids;
    }
  }
}

void ReadContexts(Reader& r, const Json& doc, RuleSetData* data) {
  r.OnlyKeys(doc, "", {"lists", "description"});
  if (!doc.contains("lists") || !doc["lists"].is_object())
    return r.Fail("lists", "missing or not an object");
  for (auto it = doc["lists"].begin(); it != doc["lists"].end(); ++it) {
    std::string p = "lists." + it.key();
    if (!it->is_object()) return r.Fail(p, "expected an object");
    r.OnlyKeys(*it, p, {"terms", "patterns", "description"});
    if (data->contexts.count(it.key()))
      return r.Fail(p, "a list of this name is already defined in another contexts.json");
    ContextList list;
    std::vector<std::string> terms;
    r.StringList(*it, p, "terms", &terms);
    NormalizeTerms(r, p + ".terms", terms, &list.terms);
    r.StringList(*it, p, "patterns", &list.patterns);
    data->contexts[it.key()] = list;
  }
}

// "term<TAB>weight" lines; "#" starts a comment line; a missing weight is 1.
void ReadLexicon(Reader& r, const std::string& text, std::string* keys, std::vector<float>* weights) {
  size_t pos = 0, line = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    // A view of the line: no copy unless the term needs normalizing (start-up cost).
    std::string_view row(text.data() + pos, (nl == std::string::npos ? text.size() : nl) - pos);
    pos = nl == std::string::npos ? text.size() : nl + 1;
    ++line;
    if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
    if (row.empty() || row[0] == '#') continue;
    size_t tab = row.find('\t');
    float weight = 1;
    if (tab != std::string::npos) {
      // Weights are short decimals ("1", "0.75"): parsed by hand, strtof is slow here.
      float value = 0, scale = 0;
      bool digits = false, bad = false;
      for (size_t i = tab + 1; i < row.size(); ++i) {
        char c = row[i];
        if (c >= '0' && c <= '9') {
          digits = true;
          if (scale == 0) value = value * 10 + static_cast<float>(c - '0');
          else value += static_cast<float>(c - '0') * (scale /= 10);
        } else if (c == '.' && scale == 0) {
          scale = 1;
        } else {
          bad = true;
        }
      }
      if (!digits || bad || value <= 0)
        return r.Fail("line " + std::to_string(line), "expected \"term<TAB>weight\" with a positive weight");
      weight = value;
      row = row.substr(0, tab);
    }
    // Generated lexicons are written as keys already (lowercase ASCII words and single spaces).
    bool is_key = !row.empty() && row.front() != ' ' && row.back() != ' ';
    for (size_t i = 0; i < row.size() && is_key; ++i) {
      char c = row[i];
      is_key = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' ||
               (c == ' ' && row[i - 1] != ' ');
    }
    if (is_key) keys->append(row);
    else keys->append(LexiconKey(row));
    keys->push_back('\n');  // a key has no '\n': LexiconKey turns it into a space
    weights->push_back(weight);
  }
}

void ReadModel(Reader& r, const Json& doc, ReidModel* m) {
  r.OnlyKeys(doc, "", {"description", "rule", "kinds", "person_kinds", "strong_weight",
                       "high_kinds", "min_kinds", "threshold", "strong_min_kinds",
                       "strong_threshold", "context", "unless", "message", "why", "suggestion"});
  m->present = true;
  r.String(doc, "", "rule", &m->rule_id, true);
  if (!doc.contains("kinds") || !doc["kinds"].is_object())
    return r.Fail("kinds", "missing or not an object");
  for (auto it = doc["kinds"].begin(); it != doc["kinds"].end(); ++it) {
    std::string p = "kinds." + it.key();
    if (!it->is_object() || !it->contains("weight") || !(*it)["weight"].is_number())
      return r.Fail(p, "expected {\"weight\": number, \"label\": {\"fr\", \"en\"}}");
    r.OnlyKeys(*it, p, {"weight", "label"});
    m->kind_weight[it.key()] = (*it)["weight"].get<double>();
    r.LangTexts(*it, p, "label", &m->kind_label[it.key()]);
  }
  r.StringList(doc, "", "person_kinds", &m->person_kinds);
  r.StringList(doc, "", "high_kinds", &m->high_kinds);
  for (const auto* list : {&m->person_kinds, &m->high_kinds})
    for (const std::string& k : *list)
      if (!m->kind_weight.count(k)) r.Fail("person_kinds/high_kinds", "unknown kind \"" + k + "\"");
  r.Int(doc, "", "min_kinds", &m->min_kinds, 1, 10);
  r.Int(doc, "", "strong_min_kinds", &m->strong_min_kinds, 1, 10);
  for (auto [key, out] : {std::pair<const char*, double*>{"threshold", &m->threshold},
                          {"strong_threshold", &m->strong_threshold},
                          {"strong_weight", &m->strong_weight}}) {
    if (!doc.contains(key)) continue;
    if (!doc[key].is_number()) return r.Fail(key, "expected a number");
    *out = doc[key].get<double>();
  }
  if (doc.contains("context")) ReadContext(r, doc["context"], "context", &m->context);
  if (doc.contains("unless")) {
    if (!doc["unless"].is_array()) return r.Fail("unless", "expected a list");
    for (size_t i = 0; i < doc["unless"].size(); ++i) {
      m->unless.emplace_back();
      ReadContext(r, doc["unless"][i], "unless[" + std::to_string(i) + "]", &m->unless.back());
    }
  }
  r.LangTexts(doc, "", "message", &m->message);
  r.LangTexts(doc, "", "why", &m->why);
  r.LangTexts(doc, "", "suggestion", &m->suggestion);
}

// {"atoms": {KEY: [[literal, ...], ...]}} from `secretum atoms`: one list of literals per clause
// (an older flat list [literal, ...] is one clause).
void ReadAtoms(Reader& r, const Json& doc, RuleSetData* data) {
  r.OnlyKeys(doc, "", {"atoms", "description"});
  if (!doc.contains("atoms") || !doc["atoms"].is_object()) return r.Fail("atoms", "missing or not an object");
  AtomsTable::Builder table;
  for (auto it = doc["atoms"].begin(); it != doc["atoms"].end(); ++it) {
    uint64_t hash = 0;
    if (!ParsePatternKey(it.key(), &hash))
      return r.Fail("atoms." + it.key(), "expected a pattern key of 16 hex digits");
    std::vector<std::vector<std::string>> clauses;
    const Json& v = it.value();
    if (v.is_array() && !v.empty() && v.front().is_array()) {
      for (size_t i = 0; i < v.size(); ++i) {
        std::vector<std::string> literals;
        const std::string where = "atoms." + it.key() + "[" + std::to_string(i) + "]";
        if (!v[i].is_array() || v[i].empty()) return r.Fail(where, "expected a non-empty list of strings");
        for (const Json& l : v[i]) {
          if (!l.is_string()) return r.Fail(where, "expected a string");
          literals.push_back(l.get<std::string>());
        }
        clauses.push_back(std::move(literals));
      }
    } else {
      std::vector<std::string> literals;
      r.StringList(doc["atoms"], "atoms", it.key().c_str(), &literals);
      if (!literals.empty()) clauses.push_back(std::move(literals));
    }
    table.Add(hash, std::move(clauses));
  }
  data->atoms = table.Build();
  data->has_atoms = true;
}

// Cross-file checks once everything is read.

}  // namespace secretum::internal
