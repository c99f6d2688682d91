#include "classifier.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <unordered_set>

#include "rules_reader.h"
#include "text.h"

namespace secretum::internal {
namespace {

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool EndsSentence(char c) { return c == '.' || c == '!' || c == '?' || c == '\n'; }

// FNV-1a of the concatenation of `parts` (the feature's name, without building it), masked.
uint32_t Hash(std::initializer_list<std::string_view> parts) {
  uint32_t h = 2166136261u;
  for (std::string_view s : parts)
    for (unsigned char c : s) {
      h ^= c;
      h *= 16777619u;
    }
  return h & ((1u << kClassifierHashBits) - 1);
}

struct Piece {
  std::string text;
  uint32_t begin, end;
  bool word;             // letters only: may give a prefix feature
  bool quoted = false;   // between double quotes ("« guérit le cancer » : non")
  bool negated = false;  // one of the few words after a negation ("ne guérit pas", "not a cure")
};

// Words that open a negation's scope: the next kNegationScope words (up to a comma, a colon or
// the sentence's end) are read as negated. "n" is "n'" ("n'est"); "t" after a word ending in
// "n" is English "n't" ("don't", "isn't").
constexpr int kNegationScope = 3;
bool NegationCue(std::string_view word, std::string_view previous) {
  static constexpr std::string_view kCues[] = {
      "ne", "n", "pas", "jamais", "aucun", "aucune", "ni", "sans", "rien", "non", "not", "no",
      "never", "nor", "without", "cannot", "nothing", "none", "neither"};
  if (word == "t") return !previous.empty() && previous.back() == 'n';
  // Called for every word: most are ruled out by their first letter, before any comparison
  // (cheaper than hashing the word for a set).
  if (word.empty() || word.size() > 7) return false;
  switch (word[0]) {
    case 'a': case 'c': case 'j': case 'n': case 'p': case 'r': case 's': case 'w': break;
    default: return false;
  }
  return std::find(std::begin(kCues), std::end(kCues), word) != std::end(kCues);
}

// Who a sentence talks about or to, for the emoji features: a patient or a group of patients
// ('P'), a colleague ('C'), the reader ('Y': "tu", "vous", "you", a mention).
std::string SentenceRefs(const std::vector<Piece>& sentence) {
  static const std::unordered_set<std::string_view> patient = {
      "patient", "patiente", "patients", "patientes", "pt", "pts", "malade", "malades", "mme",
      "madame", "monsieur", "dame", "dames", "femme", "femmes", "homme", "hommes", "mec", "mecs",
      "gars", "type", "guy", "guys", "dude", "lady", "ladies", "woman", "women", "man", "men",
      "famille", "family", "families", "client", "cliente", "clients", "clientes", "mamie",
      "papi", "grandma", "grandpa", "mother", "father", "mom", "mum", "dad", "mere", "pere",
      "gamin", "gamins", "kid", "kids", "ado", "ados", "people", "gens"};
  static const std::unordered_set<std::string_view> colleague = {
      "collegue", "collegues", "confrere", "confreres", "consoeur", "consoeurs", "interne",
      "internes", "externe", "externes", "colleague", "colleagues", "resident", "residents",
      "intern", "interns", "nurse", "nurses", "infirmiere", "infirmieres", "infirmier",
      "infirmiers", "dr", "docteur", "doctor", "medecin", "medecins", "doctors", "chef",
      "boss", "attending", "consultant", "surgeon", "chirurgien"};
  static const std::unordered_set<std::string_view> reader = {
      "tu", "te", "toi", "t", "vous", "you", "your", "yours", "u", "@"};
  bool p = false, c = false, y = false;
  for (const Piece& t : sentence) {
    p = p || patient.count(t.text);
    c = c || colleague.count(t.text);
    y = y || reader.count(t.text);
  }
  std::string refs;
  if (p) refs += 'P';
  if (c) refs += 'C';
  if (y) refs += 'Y';
  return refs.empty() ? "-" : refs;
}

// "5mg" -> "0mg", "2024" -> "000": a digit run becomes as many zeros as it has digits, at most 3.
std::string WordKey(std::string_view view, size_t begin, size_t end, bool* letters_only) {
  std::string key;
  *letters_only = true;
  for (size_t i = begin; i < end;) {
    if (IsDigit(view[i])) {
      *letters_only = false;
      size_t j = i;
      while (j < end && IsDigit(view[j])) ++j;
      key.append(std::min<size_t>(j - i, 3), '0');
      i = j;
    } else {
      char c = view[i++];
      key += IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  return key;
}

// Calls on_sentence(tokens) for each sentence of the view that has tokens, in order (one
// sentence at a time: memory does not grow with the length of the post).
template <typename F>
void ForEachSentence(std::string_view v, int* caps_words, F&& on_sentence) {
  std::vector<Piece> sentence;
  auto emit = [&](std::string text, size_t b, size_t e, bool word) {
    sentence.push_back({std::move(text), static_cast<uint32_t>(b), static_cast<uint32_t>(e), word});
  };
  auto boundary = [&] {
    if (!sentence.empty()) on_sentence(static_cast<const std::vector<Piece>&>(sentence));
    sentence.clear();
  };
  // Quotes and negations: a quote opens at a '"' and closes at the next one or at a line's end;
  // a negation's scope is counted in words and ends at a clause or sentence boundary.
  bool quoted = false;
  int negation_left = 0;
  auto mark = [&](Piece& p) {
    p.quoted = quoted;
    const std::string_view previous =
        sentence.size() >= 2 ? std::string_view(sentence[sentence.size() - 2].text) : "";
    if (NegationCue(p.text, previous)) {
      negation_left = kNegationScope;
    } else if (negation_left > 0) {
      p.negated = true;
      --negation_left;
    }
  };
  size_t i = 0, n = v.size();
  while (i < n) {
    char c = v[i];
    if (c == '"') quoted = !quoted;
    if (c == '\n') quoted = false;
    if (c == ',' || c == ';' || c == ':' || EndsSentence(c)) negation_left = 0;
    unsigned char u = static_cast<unsigned char>(c);
    if (IsAlnum(c)) {
      size_t j = i;
      int upper = 0;
      while (j < n && IsAlnum(v[j])) upper += IsUpper(v[j++]);
      if (v.compare(i, 4, "http") == 0 && v.compare(j, 3, "://") == 0) {
        while (j < n && v[j] != ' ' && v[j] != '\n') ++j;  // the whole link, one token
        emit("<url>", i, j, false);
      } else {
        if (upper >= 4 && upper == static_cast<int>(j - i)) ++*caps_words;
        bool letters;
        std::string key = WordKey(v, i, j, &letters);
        emit(std::move(key), i, j, letters);
        mark(sentence.back());
      }
      i = j;
    } else if (c == '@' && i + 1 < n && (IsAlnum(v[i + 1]) || v[i + 1] == '_')) {
      size_t j = i + 1;  // a handle is a person, not a word: only "@" is kept
      while (j < n && (IsAlnum(v[j]) || v[j] == '_')) ++j;
      emit("@", i, j, false);
      i = j;
    } else if (c == '#' || c == '!' || c == '?' || c == '%' || c == '$') {
      size_t j = i;
      while (j < n && v[j] == c) ++j;  // "!!!" is one "!"
      emit(std::string(1, c), i, j, false);
      if (EndsSentence(c)) boundary();
      i = j;
    } else if (u >= 0x80) {
      size_t j = i + 1;
      while (j < n && (static_cast<unsigned char>(v[j]) & 0xC0) == 0x80) ++j;
      emit(std::string(v.substr(i, j - i)), i, j, false);
      sentence.back().quoted = quoted;
      i = j;
    } else {
      if (EndsSentence(c)) boundary();
      ++i;
    }
  }
  boundary();
}

}  // namespace

std::vector<ClassifierFeature> ClassifierFeatures(std::string_view view, std::string_view lang,
                                                  std::vector<std::string>* names) {
  struct Entry {
    ClassifierFeature f;
    uint32_t order;  // occurrence number (index in `made`)
  };
  auto by_id_then_order = [](const Entry& a, const Entry& b) {
    return a.f.id != b.f.id ? a.f.id < b.f.id : a.order < b.order;
  };
  std::vector<Entry> all;
  all.reserve(std::min<size_t>(view.size(), 4096));
  uint32_t next_order = 0;
  // Long texts: every few tens of thousands of occurrences, keep only the first occurrence of
  // each id, so that memory follows the number of distinct features, not the length (a 10 MB
  // post made this vector 160 MB). Same result: the first occurrence is the one kept either way.
  // Not when names are asked for (they are indexed by occurrence; short posts only).
  size_t compact_at = size_t{1} << 16;
  std::vector<std::string> made;  // names, only when asked for
  auto add = [&](std::initializer_list<std::string_view> parts, uint32_t b, uint32_t e) {
    all.push_back({{Hash(parts), b, e}, next_order++});
    if (names) {
      made.emplace_back();
      for (std::string_view p : parts) made.back() += p;
    } else if (all.size() >= compact_at) {
      std::sort(all.begin(), all.end(), by_id_then_order);
      all.erase(std::unique(all.begin(), all.end(),
                            [](const Entry& x, const Entry& y) { return x.f.id == y.f.id; }),
                all.end());
      compact_at = std::max(compact_at, all.size() * 2);
    }
  };
  int caps = 0;
  ForEachSentence(view, &caps, [&](const std::vector<Piece>& sentence) {
    std::string refs;  // computed when the sentence has a non-ASCII symbol
    for (size_t k = 0; k < sentence.size(); ++k) {
      const Piece& t = sentence[k];
      add({"w:", t.text}, t.begin, t.end);
      if (t.word && t.text.size() >= 6) add({"p:", std::string_view(t.text).substr(0, 5)}, t.begin, t.end);
      if (k > 0) add({"b:", sentence[k - 1].text, " ", t.text}, sentence[k - 1].begin, t.end);
      if (t.negated) add({"n:", t.text}, t.begin, t.end);
      if (t.quoted) add({"q:", t.text}, t.begin, t.end);
      if (!t.text.empty() && static_cast<unsigned char>(t.text[0]) >= 0x80) {
        if (refs.empty()) refs = SentenceRefs(sentence);
        add({"e:", refs, ":", t.text}, t.begin, t.end);
      }
    }
  });
  if (caps >= 1) add({"caps"}, 0, 0);
  if (caps >= 3) add({"caps3"}, 0, 0);
  add({"lang:", lang}, 0, 0);
  // Each id once, at its first occurrence.
  std::sort(all.begin(), all.end(), by_id_then_order);
  std::vector<ClassifierFeature> out;
  out.reserve(all.size());
  for (size_t k = 0; k < all.size(); ++k) {
    if (k > 0 && all[k].f.id == all[k - 1].f.id) continue;
    out.push_back(all[k].f);
    if (names) names->push_back(std::move(made[all[k].order]));
  }
  return out;
}

bool ClassifierModel::any_enabled() const {
  return std::any_of(categories.begin(), categories.end(),
                     [](const ClassifierCategory& c) { return c.enabled; });
}

std::vector<int32_t> ClassifierScores(const ClassifierModel& m,
                                      const std::vector<ClassifierFeature>& features) {
  size_t n = m.categories.size();
  std::vector<int32_t> scores(n);
  for (size_t c = 0; c < n; ++c) scores[c] = m.categories[c].bias;
  for (const ClassifierFeature& f : features) {
    auto it = m.rows.find(f.id);
    if (it == m.rows.end()) continue;
    const int8_t* row = &m.weights[static_cast<size_t>(it->second) * n];
    for (size_t c = 0; c < n; ++c) scores[c] += row[c];
  }
  return scores;
}

namespace {

// A feature worth showing as "a word that weighs": an emoji or accented word, or a word of three
// letters or more that is not a function word.
bool TellingWord(std::string_view w) {
  static const char* const kFunctionWords[] = {
      "les", "des", "une", "que", "qui", "pour", "avec", "dans", "sur", "par", "pas", "mes", "mon",
      "ses", "son", "leur", "leurs", "vous", "votre", "vos", "est", "sont", "the", "and", "for",
      "with", "you", "your", "their", "his", "her", "its", "this", "that", "who", "are", "was",
      "our", "from", "but", "not", "all", "has", "have", "tous", "tout", "elle", "ils", "nous"};
  int letters = 0;
  for (unsigned char c : w) {
    if (c >= 0x80) return true;
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ++letters;
  }
  if (letters < 3) return false;
  static const std::unordered_set<std::string_view> function_words(std::begin(kFunctionWords),
                                                                   std::end(kFunctionWords));
  std::string lower(w);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return !function_words.count(lower);
}

}  // namespace

std::vector<ClassifierHit> Classify(const ClassifierModel& m, std::string_view view,
                                    const std::vector<ClassifierFeature>& features,
                                    const std::vector<int32_t>& scores) {
  std::vector<ClassifierHit> hits;
  if (!m.any_enabled()) return hits;
  size_t n = m.categories.size();
  // Sentences: [begin, end) of the view between sentence ends, spaces trimmed.
  std::vector<Span> sentences;
  for (size_t b = 0; b < view.size();) {
    size_t e = b;
    while (e < view.size() && !EndsSentence(view[e])) ++e;
    size_t end = e < view.size() && view[e] != '\n' ? e + 1 : e;  // keep the final . ! ?
    while (end < view.size() && EndsSentence(view[end]) && view[end] != '\n') ++end;
    size_t lo = b, hi = end;
    while (lo < hi && (view[lo] == ' ' || view[lo] == '\n')) ++lo;
    while (hi > lo && (view[hi - 1] == ' ' || view[hi - 1] == '\n')) --hi;
    if (hi > lo) sentences.push_back({lo, hi});
    b = std::max(end, e + 1);
  }
  if (sentences.empty()) sentences.push_back({0, view.size()});
  for (size_t c = 0; c < n; ++c) {
    const ClassifierCategory& cat = m.categories[c];
    if (!cat.enabled || scores[c] < cat.threshold) continue;
    ClassifierHit hit{c, scores[c], sentences.front(), {}};
    std::vector<int32_t> per_sentence(sentences.size(), 0);
    std::vector<std::pair<int, const ClassifierFeature*>> positive;
    for (const ClassifierFeature& f : features) {
      auto it = m.rows.find(f.id);
      if (it == m.rows.end() || f.begin == f.end) continue;
      int w = m.weights[static_cast<size_t>(it->second) * n + c];
      if (w <= 0) continue;
      positive.push_back({w, &f});
      for (size_t s = 0; s < sentences.size(); ++s)
        if (f.begin >= sentences[s].begin && f.begin < sentences[s].end) per_sentence[s] += w;
    }
    size_t best = 0;
    for (size_t s = 1; s < sentences.size(); ++s)
      if (per_sentence[s] > per_sentence[best]) best = s;
    hit.span = sentences[best];
    std::stable_sort(positive.begin(), positive.end(), [](const auto& a, const auto& b) {
      return a.first != b.first ? a.first > b.first : a.second->begin < b.second->begin;
    });
    // The words shown to the user: content words and emoji first (a "$", "!" or "their" that
    // weighs is true but tells a physician nothing), any feature if nothing else weighs.
    for (bool telling : {true, false}) {
      for (const auto& weighed : positive) {
        const ClassifierFeature* f = weighed.second;  // not a structured binding: a lambda uses it
        if (hit.words.size() >= 3) break;
        if (telling && !TellingWord(view.substr(f->begin, f->end - f->begin))) continue;
        bool overlaps = std::any_of(hit.words.begin(), hit.words.end(), [&](const Span& s) {
          return f->begin < s.end && s.begin < f->end;
        });
        if (!overlaps) hit.words.push_back({f->begin, f->end});
      }
      if (!hit.words.empty()) break;
    }
    hits.push_back(std::move(hit));
  }
  return hits;
}

std::string DescribeHit(const ClassifierModel& m, const ClassifierHit& hit,
                        const NormalizedText& view, std::string_view utf8,
                        const std::string& lang, const std::string& category_why) {
  std::string words;
  for (const Span& s : hit.words) {
    size_t b, e;
    view.MapSpan(s.begin, s.end, &b, &e);
    std::string w(utf8.substr(b, e - b));
    words += (words.empty() ? "" : ", ") + (lang == "fr" ? "« " + w + " »" : "\"" + w + "\"");
  }
  double logit = m.categories[hit.category].scale * hit.score;
  int percent = static_cast<int>(std::lround(100.0 / (1.0 + std::exp(-logit))));
  std::string text = m.why.Get(lang);
  auto replace = [&](const std::string& key, const std::string& value) {
    size_t at = text.find(key);
    if (at != std::string::npos) text.replace(at, key.size(), value);
  };
  replace("{p}", std::to_string(std::min(percent, 99)));
  replace("{words}", words);
  return category_why.empty() ? text : text + " " + category_why;
}

void ReadClassifier(Reader& r, const Json& doc, ClassifierModel* out) {
  if (!doc.is_object()) return r.Fail("", "expected an object");
  r.OnlyKeys(doc, "", {"description", "features", "hash_bits", "probe", "trained", "why",
                       "categories"});
  std::string features;
  r.String(doc, "", "features", &features, true);
  if (!r.failed() && features != kClassifierFeatures)
    return r.Fail("features", "the model was trained on features \"" + features +
                                  "\", the engine computes \"" + kClassifierFeatures +
                                  "\": run scripts/train-classifier");
  int bits = 0;
  r.Int(doc, "", "hash_bits", &bits, 1, 32);
  if (!r.failed() && bits != kClassifierHashBits)
    return r.Fail("hash_bits", "expected " + std::to_string(kClassifierHashBits));
  r.LangTexts(doc, "", "why", &out->why);
  if (r.failed()) return;
  if (out->why.empty()) return r.Fail("why", "missing");

  // The probe: the features of a fixed text must be those the trainer saw.
  auto probe = doc.find("probe");
  if (probe == doc.end() || !probe->is_object()) return r.Fail("probe", "missing or not an object");
  r.OnlyKeys(*probe, "probe", {"text", "lang", "ids"});
  std::string text, lang;
  r.String(*probe, "probe", "text", &text, true);
  r.String(*probe, "probe", "lang", &lang, true);
  auto ids = probe->find("ids");
  if (r.failed()) return;
  if (ids == probe->end() || !ids->is_array()) return r.Fail("probe.ids", "missing or not a list");
  std::vector<uint32_t> want, got;
  for (const Json& id : *ids) {
    if (!id.is_number_unsigned()) return r.Fail("probe.ids", "expected non-negative integers");
    want.push_back(id.get<uint32_t>());
  }
  for (const ClassifierFeature& f : ClassifierFeatures(Normalize(text).text, lang))
    got.push_back(f.id);
  if (want != got)
    return r.Fail("probe", "the engine's features of the probe text differ from the model's "
                           "(the features or the text normalization changed): run "
                           "scripts/train-classifier");

  auto cats = doc.find("categories");
  if (cats == doc.end() || !cats->is_object()) return r.Fail("categories", "missing or not an object");
  // Per category, its (id, weight) pairs; rows are built once every category is read.
  std::vector<std::vector<std::pair<uint32_t, int>>> lists;
  for (auto it = cats->begin(); it != cats->end(); ++it) {
    std::string p = "categories." + it.key();
    if (!IsCategory(it.key())) return r.Fail(p, "not one of the ten categories");
    if (!it->is_object()) return r.Fail(p, "expected an object");
    r.OnlyKeys(*it, p, {"enabled", "severity", "scale", "bias", "threshold", "gate", "ids",
                        "weights", "cv", "unless"});
    ClassifierCategory c;
    c.category = it.key();
    r.Bool(*it, p, "enabled", &c.enabled);
    r.SeverityKey(*it, p, "severity", &c.severity);
    auto scale = it->find("scale");
    if (scale == it->end() || !scale->is_number() || !(scale->get<double>() > 0))
      return r.Fail(p + ".scale", "expected a positive number");
    c.scale = scale->get<double>();
    int bias = 0, threshold = 0;
    r.Int(*it, p, "bias", &bias, -1000000, 1000000);
    r.Int(*it, p, "threshold", &threshold, -1000000, 1000000);
    c.bias = bias;
    c.threshold = threshold;
    if (it->contains("gate")) {
      int gate = 0;
      r.Int(*it, p, "gate", &gate, -1000000, 1000000);
      c.has_gate = true;
      c.gate = gate;
    }
    if (it->contains("unless")) {
      const Json& u = (*it)["unless"];
      if (!u.is_array()) return r.Fail(p + ".unless", "expected a list");
      for (size_t k = 0; k < u.size(); ++k) {
        c.unless.emplace_back();
        ReadContext(r, u[k], p + ".unless[" + std::to_string(k) + "]", &c.unless.back());
      }
    }
    auto ids = it->find("ids");
    auto ws = it->find("weights");
    if (ids == it->end() || !ids->is_array()) return r.Fail(p + ".ids", "missing or not a list");
    if (ws == it->end() || !ws->is_array()) return r.Fail(p + ".weights", "missing or not a list");
    if (ids->size() != ws->size()) return r.Fail(p + ".weights", "not as long as ids");
    std::vector<std::pair<uint32_t, int>> list;
    uint64_t id = 0;
    for (size_t k = 0; k < ids->size(); ++k) {
      const Json& d = (*ids)[k];
      const Json& w = (*ws)[k];
      std::string at = "[" + std::to_string(k) + "]";
      // ids are delta-coded: the first is absolute, each next one adds to the previous.
      if (!d.is_number_unsigned() || (k > 0 && d.get<uint64_t>() == 0))
        return r.Fail(p + ".ids" + at, "expected a positive integer (ids increase)");
      id += d.get<uint64_t>();
      if (id >= (1ull << kClassifierHashBits)) return r.Fail(p + ".ids" + at, "id out of range");
      if (!w.is_number_integer() || w.get<long long>() < -127 || w.get<long long>() > 127)
        return r.Fail(p + ".weights" + at, "expected an integer between -127 and 127");
      list.push_back({static_cast<uint32_t>(id), static_cast<int>(w.get<long long>())});
    }
    if (r.failed()) return;
    out->categories.push_back(std::move(c));
    lists.push_back(std::move(list));
  }
  size_t n = out->categories.size();
  for (size_t c = 0; c < n; ++c)
    for (const auto& [id, w] : lists[c]) {
      auto [row, fresh] = out->rows.Insert(id, static_cast<uint32_t>(out->rows.size()));
      if (fresh) out->weights.resize(out->weights.size() + n, 0);
      out->weights[static_cast<size_t>(row->second) * n + c] = static_cast<int8_t>(w);
    }
}

void ReadClassifierInto(Reader& r, const Json& doc, RuleSetData* data) {
  auto model = std::make_shared<ClassifierModel>();
  ReadClassifier(r, doc, model.get());
  if (!r.failed()) data->classifier = std::move(model);
}

}  // namespace secretum::internal
