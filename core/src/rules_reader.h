// Reading rule files: a Reader that names the file and the key path in every error, and the
// readers of the shared tables (categories, citations, contexts, lexicons, the
// re-identification model, the atoms table). Rule files themselves: rules_load.cc.
#ifndef SECRETUM_RULES_READER_H_
#define SECRETUM_RULES_READER_H_

#include <set>
#include <string>
#include <vector>

#include "json_util.h"
#include "rules.h"

namespace secretum::internal {

class Reader {
 public:
  explicit Reader(std::string file) : file_(std::move(file)) {}
  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }

  void Fail(const std::string& path, const std::string& what) {
    if (error_.empty()) error_ = file_ + ": " + (path.empty() ? "" : path + ": ") + what;
  }

  // Fails on keys of `obj` outside `allowed` (catches typos such as "paterns").
  void OnlyKeys(const Json& obj, const std::string& path, std::set<std::string> allowed) {
    for (auto it = obj.begin(); it != obj.end(); ++it)
      if (!allowed.count(it.key())) Fail(Join(path, it.key()), "unknown key");
  }

  bool String(const Json& obj, const std::string& path, const char* key, std::string* out,
              bool required) {
    auto it = obj.find(key);
    if (it == obj.end()) {
      if (required) Fail(Join(path, key), "missing (expected a string)");
      return false;
    }
    if (!it->is_string()) {
      Fail(Join(path, key), "expected a string");
      return false;
    }
    *out = it->get<std::string>();
    return true;
  }

  void StringList(const Json& obj, const std::string& path, const char* key,
                  std::vector<std::string>* out) {
    auto it = obj.find(key);
    if (it == obj.end()) return;
    if (it->is_string()) {
      out->push_back(it->get<std::string>());
      return;
    }
    if (!it->is_array()) return Fail(Join(path, key), "expected a string or a list of strings");
    for (size_t i = 0; i < it->size(); ++i) {
      if (!(*it)[i].is_string())
        return Fail(Join(path, key) + "[" + std::to_string(i) + "]", "expected a string");
      out->push_back((*it)[i].get<std::string>());
    }
  }

  void Int(const Json& obj, const std::string& path, const char* key, int* out, int min,
           int max) {
    auto it = obj.find(key);
    if (it == obj.end()) return;
    // Non-negative integers are parsed as unsigned: compare them as such, so that
    // 18446744073709551615 is not read as -1.
    bool in_range;
    if (it->is_number_unsigned()) {
      unsigned long long v = it->get<unsigned long long>();
      in_range = max >= 0 && v <= static_cast<unsigned long long>(max) &&
                 (min <= 0 || v >= static_cast<unsigned long long>(min));
    } else {
      in_range = it->is_number_integer() && it->get<long long>() >= min && it->get<long long>() <= max;
    }
    if (!in_range)
      return Fail(Join(path, key), "expected an integer between " + std::to_string(min) +
                                       " and " + std::to_string(max));
    *out = static_cast<int>(it->get<long long>());
  }

  void Bool(const Json& obj, const std::string& path, const char* key, bool* out) {
    auto it = obj.find(key);
    if (it == obj.end()) return;
    if (!it->is_boolean()) return Fail(Join(path, key), "expected true or false");
    *out = it->get<bool>();
  }

  // {"fr": "...", "en": "..."}; both languages required when present.
  void LangTexts(const Json& obj, const std::string& path, const char* key, Texts* out) {
    auto it = obj.find(key);
    if (it == obj.end()) return;
    std::string p = Join(path, key);
    if (!it->is_object()) return Fail(p, "expected {\"fr\": \"...\", \"en\": \"...\"}");
    OnlyKeys(*it, p, {"fr", "en"});
    String(*it, p, "fr", &out->fr, true);
    String(*it, p, "en", &out->en, true);
  }

  void SeverityKey(const Json& obj, const std::string& path, const char* key, Severity* out) {
    std::string s;
    if (String(obj, path, key, &s, false) && !ParseSeverity(s, out))
      Fail(Join(path, key), "expected low, medium or high; got \"" + s + "\"");
  }

  static std::string Join(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
  }

 private:
  std::string file_;
  std::string error_;
};

// Why a term that normalizes to nothing (or to spaces) is refused: it would match everywhere.
inline constexpr const char* kEmptyTerm =
    "empty once normalized (only spaces, invisible characters or combining marks)";

// Appends the normalized `terms` to *out; refuses (path[i]) those that normalize to nothing.
void NormalizeTerms(Reader& r, const std::string& path, const std::vector<std::string>& terms,
                    std::vector<std::string>* out);

// The file name after the last '/'.
std::string BaseName(const std::string& name);

// {"lists": [...], "terms": [...], "window": n, "side": ...} of a rule's context or unless.
void ReadContext(Reader& r, const Json& obj, const std::string& path, ContextSpec* out);

void ReadCategories(Reader& r, const Json& doc, RuleSetData* data);
void ReadCitations(Reader& r, const Json& doc, RuleSetData* data);
void ReadContexts(Reader& r, const Json& doc, RuleSetData* data);
// "term<TAB>weight" lines; "#" starts a comment line; a missing weight is 1. Appends each entry's
// key and '\n' to *keys and its weight to *weights (BuildLexiconIndex's input).
void ReadLexicon(Reader& r, const std::string& text, std::string* keys, std::vector<float>* weights);
void ReadModel(Reader& r, const Json& doc, ReidModel* m);
// {"atoms": {KEY: [literal, ...]}} from `secretum atoms`.
void ReadAtoms(Reader& r, const Json& doc, RuleSetData* data);

}  // namespace secretum::internal

#endif  // SECRETUM_RULES_READER_H_
