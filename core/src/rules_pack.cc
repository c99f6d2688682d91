#include "rules_pack.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>
#include <unordered_map>

#include "classifier.h"

namespace secretum::internal {
namespace {

constexpr char kMagic[4] = {'S', 'R', 'P', 'K'};

class Writer {
 public:
  void U8(unsigned v) { out_.push_back(static_cast<char>(v)); }
  void Varint(uint64_t v) {
    while (v >= 0x80) {
      U8(static_cast<unsigned>(v & 0x7f) | 0x80);
      v >>= 7;
    }
    U8(static_cast<unsigned>(v));
  }
  void Int(int64_t v) { Varint((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
  void Bool(bool b) { U8(b ? 1 : 0); }
  void F32(float f) { Raw(&f, sizeof f); }
  void F64(double d) { Raw(&d, sizeof d); }
  void Raw(const void* p, size_t n) { out_.append(static_cast<const char*>(p), n); }
  void Str(std::string_view s) {
    Varint(s.size());
    out_.append(s);
  }
  void Strs(const std::vector<std::string>& v) {
    Varint(v.size());
    for (const std::string& s : v) Str(s);
  }
  void TextsOf(const Texts& t) {
    Str(t.fr);
    Str(t.en);
  }
  void Context(const ContextSpec& c) {
    Strs(c.lists);
    Strs(c.terms);
    Strs(c.lexicons);
    Int(c.window);
    U8(c.side);
  }
  std::string& out() { return out_; }

 private:
  std::string out_;
};

// Bounds-checked reads; after the first overrun every read returns a default and ok() is false.
class PackReader {
 public:
  explicit PackReader(std::string_view in) : p_(in.data()), end_(in.data() + in.size()) {}
  bool ok() const { return ok_; }
  const char* pos() const { return p_; }

  unsigned U8() {
    if (p_ >= end_) return Fail(), 0;
    return static_cast<unsigned char>(*p_++);
  }
  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p_ >= end_) return Fail(), 0;
      unsigned char b = static_cast<unsigned char>(*p_++);
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (b < 0x80) return v;
    }
    return Fail(), 0;
  }
  // A count of items that each take at least one byte: bounded by what is left.
  size_t Count() {
    uint64_t n = Varint();
    if (n > static_cast<uint64_t>(end_ - p_)) return Fail(), 0;
    return static_cast<size_t>(n);
  }
  int64_t Int() {
    uint64_t v = Varint();
    return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1);
  }
  int SmallInt() { return static_cast<int>(Int()); }
  bool Bool() { return U8() != 0; }
  float F32() {
    float f = 0;
    Raw(&f, sizeof f);
    return f;
  }
  double F64() {
    double d = 0;
    Raw(&d, sizeof d);
    return d;
  }
  void Raw(void* out, size_t n) {
    if (static_cast<size_t>(end_ - p_) < n) return Fail();
    std::memcpy(out, p_, n);
    p_ += n;
  }
  std::string_view View(size_t n) {
    if (static_cast<size_t>(end_ - p_) < n) return Fail(), std::string_view();
    std::string_view v(p_, n);
    p_ += n;
    return v;
  }
  std::string Str() {
    std::string_view v = View(Count());
    return std::string(v);
  }
  void Strs(std::vector<std::string>* out) {
    size_t n = Count();
    out->reserve(out->size() + n);
    for (size_t i = 0; i < n && ok_; ++i) out->push_back(Str());
  }
  void TextsOf(Texts* t) {
    t->fr = Str();
    t->en = Str();
  }
  void Context(ContextSpec* c) {
    Strs(&c->lists);
    Strs(&c->terms);
    Strs(&c->lexicons);
    c->window = SmallInt();
    unsigned side = U8();
    if (side > ContextSpec::kInside) Fail();
    c->side = static_cast<ContextSpec::Side>(side);
  }
  void Fail() {
    ok_ = false;
    p_ = end_;
  }

 private:
  const char* p_;
  const char* end_;
  bool ok_ = true;
};

// ---- writing ---------------------------------------------------------------------------------

void WriteRule(Writer& w, const Rule& r, const PackOptions& options) {
  w.Str(r.file);
  w.Str(r.id);
  w.Str(r.category);
  w.U8(static_cast<unsigned>(r.severity));
  w.Bool(r.severity_set);
  w.Strs(r.langs);
  w.U8(static_cast<unsigned>(r.check));
  w.Strs(r.patterns);
  w.Strs(r.terms);
  w.Str(r.lexicon);
  w.Bool(r.capitalized);
  w.Str(r.then);
  w.Bool(r.isolated);
  w.Str(r.before);
  w.Str(r.next_lexicon);
  w.F32(r.min_weight);
  w.F32(r.next_min_weight);
  w.Bool(r.case_sensitive);
  w.Int(r.group);
  w.Str(r.validator);
  w.Bool(r.has_context);
  w.Context(r.context);
  w.U8(static_cast<unsigned>(r.need));
  w.Varint(r.unless.size());
  for (const ContextSpec& u : r.unless) w.Context(u);
  w.Int(r.unless_group);
  w.Int(r.priority);
  w.Bool(r.model_gate);
  w.Int(r.needs_digits);
  w.Int(r.needs_capitals);
  w.Str(r.signal);
  w.F64(r.weight);
  w.TextsOf(r.message);
  w.TextsOf(r.why);
  w.TextsOf(r.suggestion);
  w.TextsOf(r.replacement);
  w.Str(r.sources);
  if (!options.examples) {
    w.Varint(0);
    w.Varint(0);
    return;
  }
  w.Varint(r.fire.size());
  for (const Example& e : r.fire) {
    w.Str(e.text);
    w.Str(e.match);
  }
  w.Strs(r.quiet);
}

// Per key: one byte, how many bytes it shares with the previous key (at most 255), then the
// rest of the key and '\n'. DecodeFrontCodedKeys (lexicon_index.h) is the inverse.
template <typename Entries>
std::string FrontCodeKeys(const Entries& entries) {
  std::string out;
  std::string_view previous;
  for (const auto& e : entries) {
    std::string_view key = e.first;
    size_t shared = 0;
    const size_t limit = std::min<size_t>({previous.size(), key.size(), 255});
    while (shared < limit && previous[shared] == key[shared]) ++shared;
    out.push_back(static_cast<char>(shared));
    out.append(key.substr(shared));
    out.push_back('\n');
    previous = key;
  }
  return out;
}

void WriteLexicon(Writer& w, const LexiconIndex& lex) {
  const auto& entries = lex.entries.entries();
  std::vector<float> distinct;
  for (const auto& e : entries) {
    if (distinct.size() > 128) break;
    if (std::find(distinct.begin(), distinct.end(), e.second) == distinct.end()) distinct.push_back(e.second);
  }
  const bool coded = distinct.size() <= 128;  // bit 0x80 of a code: the key has ' ' or '\''

  w.Varint(entries.size());
  w.Varint(static_cast<uint64_t>(lex.max_tokens));
  w.Bool(coded);
  if (coded) {
    w.Varint(distinct.size());
    for (float f : distinct) w.F32(f);
    for (const auto& e : entries) {
      const bool multi = e.first.find(' ') != std::string_view::npos || e.first.find('\'') != std::string_view::npos;
      w.U8(static_cast<unsigned>(std::find(distinct.begin(), distinct.end(), e.second) - distinct.begin()) |
           (multi ? 0x80u : 0u));
    }
  } else {
    for (const auto& e : entries) w.F32(e.second);
  }
  // Keys front-coded (FrontCodeKeys): lexicon files are sorted, so neighbours share long
  // prefixes ("saint-jean-de-..."): 75 KB less in the gzipped WebAssembly module.
  std::string keys = FrontCodeKeys(entries);
  w.Varint(keys.size());
  w.Raw(keys.data(), keys.size());
}

// Literals in the table's (sorted) order; per pattern: its hash, then its clauses, each as a
// count and literal ids in increasing order, the first one as is, the others as deltas.
void WriteAtoms(Writer& w, const RuleSetData& data) {
  w.Bool(data.has_atoms);
  if (!data.has_atoms) return;
  const AtomsTable& t = data.atoms;
  w.Varint(t.literals().size());
  for (std::string_view l : t.literals()) w.Str(l);
  w.Varint(t.keys().size());
  for (size_t k = 0; k < t.keys().size(); ++k) {
    const uint64_t key = t.keys()[k];
    w.Raw(&key, sizeof key);
    const uint32_t* begin = t.data().data() + t.offsets()[k];
    const uint32_t* end = t.data().data() + t.offsets()[k + 1];
    size_t clauses = 0;
    for (const uint32_t* p = begin; p < end; p += *p + 1) ++clauses;
    w.Varint(clauses);
    for (const uint32_t* p = begin; p < end; p += *p + 1) {
      w.Varint(*p);
      uint32_t previous = 0;
      for (const uint32_t* id = p + 1; id <= p + *p; ++id) {
        w.Varint(*id - previous);
        previous = *id;
      }
    }
  }
}

// ---- reading ---------------------------------------------------------------------------------

void ReadRule(PackReader& in, Rule* r) {
  r->file = in.Str();
  r->id = in.Str();
  r->category = in.Str();
  unsigned severity = in.U8();
  if (severity > static_cast<unsigned>(Severity::kHigh)) in.Fail();
  r->severity = static_cast<Severity>(severity);
  r->severity_set = in.Bool();
  in.Strs(&r->langs);
  unsigned check = in.U8();
  if (check > static_cast<unsigned>(CheckType::kTerms)) in.Fail();
  r->check = static_cast<CheckType>(check);
  in.Strs(&r->patterns);
  in.Strs(&r->terms);
  r->lexicon = in.Str();
  r->capitalized = in.Bool();
  r->then = in.Str();
  r->isolated = in.Bool();
  r->before = in.Str();
  r->next_lexicon = in.Str();
  r->min_weight = in.F32();
  r->next_min_weight = in.F32();
  r->case_sensitive = in.Bool();
  r->group = in.SmallInt();
  r->validator = in.Str();
  r->has_context = in.Bool();
  in.Context(&r->context);
  unsigned need = in.U8();
  if (need > static_cast<unsigned>(NeedContext::kNever)) in.Fail();
  r->need = static_cast<NeedContext>(need);
  size_t unless = in.Count();
  r->unless.resize(unless);
  for (ContextSpec& u : r->unless) in.Context(&u);
  r->unless_group = in.SmallInt();
  r->priority = in.SmallInt();
  r->model_gate = in.Bool();
  r->needs_digits = in.SmallInt();
  r->needs_capitals = in.SmallInt();
  r->signal = in.Str();
  r->weight = in.F64();
  in.TextsOf(&r->message);
  in.TextsOf(&r->why);
  in.TextsOf(&r->suggestion);
  in.TextsOf(&r->replacement);
  r->sources = in.Str();
  size_t fire = in.Count();
  r->fire.resize(fire);
  for (Example& e : r->fire) {
    e.text = in.Str();
    e.match = in.Str();
  }
  in.Strs(&r->quiet);
}

// The lexicon's tables are built at its first lookup (lexicon_index.h): here, only views of the
// keys and weight codes (static bytes) or copies (other packs).
void ReadLexiconPack(PackReader& in, bool bytes_are_static, LexiconIndex* lex) {
  auto tables = std::make_shared<LexiconTables>();
  const size_t n = in.Count();
  tables->count = n;
  lex->max_tokens = static_cast<int>(in.Varint());
  if (in.Bool()) {
    size_t k = in.Count();
    if (k > 128) return in.Fail();
    tables->distinct.assign(128, 0.0f);  // any code is in bounds
    for (size_t i = 0; i < k; ++i) tables->distinct[i] = in.F32();
    std::string_view codes = in.View(n);
    if (bytes_are_static) {  // the build's own pack, checked when it was made: no pass over it
      tables->codes = codes;
    } else {
      for (unsigned char c : codes)
        if ((c & 0x7f) >= k) return in.Fail();
      tables->codes_copy = std::string(codes);
      tables->codes = tables->codes_copy;
    }
  } else {
    tables->weights.reserve(n);
    for (size_t i = 0; i < n && in.ok(); ++i) tables->weights.push_back(in.F32());
  }
  std::string_view coded = in.View(in.Count());
  if (!in.ok()) return;
  if (bytes_are_static) {  // decoded at the first lookup (LexiconTables::Build)
    tables->front_coded = coded;
  } else {
    auto keys = std::make_shared<std::string>();
    if (!DecodeFrontCodedKeys(coded, n, keys.get())) return in.Fail();
    lex->storage = keys;
    tables->keys = *lex->storage;
  }
  lex->SetLazy(std::move(tables));
}

void ReadAtomsPack(PackReader& in, bool bytes_are_static, RuleSetData* data) {
  data->has_atoms = in.Bool();
  if (!data->has_atoms) return;
  std::vector<std::string_view> literals(in.Count());
  for (std::string_view& l : literals) l = in.View(in.Count());
  std::shared_ptr<std::string> storage;
  if (!bytes_are_static) {
    size_t bytes = 0;
    for (std::string_view l : literals) bytes += l.size();
    storage = std::make_shared<std::string>();
    storage->reserve(bytes);
    for (std::string_view& l : literals) {
      const size_t at = storage->size();
      storage->append(l);
      l = std::string_view(storage->data() + at, l.size());
    }
  }
  std::vector<uint64_t> keys(in.Count());
  std::vector<uint32_t> offsets(1, 0), clause_data;
  for (uint64_t& key : keys) {
    in.Raw(&key, sizeof key);
    for (size_t c = 0, clauses = in.Count(); c < clauses && in.ok(); ++c) {
      const size_t n = in.Count();
      clause_data.push_back(static_cast<uint32_t>(n));
      uint64_t id = 0;
      for (size_t i = 0; i < n; ++i) {
        id += in.Varint();
        if (id >= literals.size()) return in.Fail();
        clause_data.push_back(static_cast<uint32_t>(id));
      }
    }
    offsets.push_back(static_cast<uint32_t>(clause_data.size()));
  }
  if (in.ok() && !AtomsTable::FromParts(std::move(literals), std::move(keys), std::move(offsets),
                                        std::move(clause_data), std::move(storage), &data->atoms))
    in.Fail();
}

}  // namespace

std::string PackRuleSet(const RuleSetData& data, const PackOptions& options) {
  Writer w;
  w.Raw(kMagic, sizeof kMagic);
  uint32_t version = kPackVersion;
  w.Raw(&version, sizeof version);

  w.Varint(data.categories.size());
  for (const auto& [name, c] : data.categories) {
    w.Str(name);
    w.U8(static_cast<unsigned>(c.severity));
    w.Str(c.sources);
    w.TextsOf(c.message);
    w.TextsOf(c.why);
    w.TextsOf(c.suggestion);
  }
  w.Varint(data.citations.size());
  for (const auto& [id, c] : data.citations) {
    w.Str(id);
    w.TextsOf(c.title);
    w.Str(c.url);
  }
  w.Varint(data.citation_groups.size());
  for (const auto& [group, by_jurisdiction] : data.citation_groups) {
    w.Str(group);
    w.Varint(by_jurisdiction.size());
    for (const auto& [jurisdiction, ids] : by_jurisdiction) {
      w.Str(jurisdiction);
      w.Strs(ids);
    }
  }
  w.Varint(data.contexts.size());
  for (const auto& [name, list] : data.contexts) {
    w.Str(name);
    w.Strs(list.terms);
    w.Strs(list.patterns);
  }
  const ReidModel& m = data.reid;
  w.Bool(m.present);
  w.Str(m.rule_id);
  w.Varint(m.kind_weight.size());
  for (const auto& [kind, weight] : m.kind_weight) {
    w.Str(kind);
    w.F64(weight);
  }
  w.Varint(m.kind_label.size());
  for (const auto& [kind, label] : m.kind_label) {
    w.Str(kind);
    w.TextsOf(label);
  }
  w.Strs(m.person_kinds);
  w.Strs(m.high_kinds);
  w.F64(m.strong_weight);
  w.Int(m.min_kinds);
  w.F64(m.threshold);
  w.Int(m.strong_min_kinds);
  w.F64(m.strong_threshold);
  w.Context(m.context);
  w.Varint(m.unless.size());
  for (const ContextSpec& u : m.unless) w.Context(u);
  w.TextsOf(m.message);
  w.TextsOf(m.why);
  w.TextsOf(m.suggestion);

  // The statistical layer (classifier-model.json), when present: rows in feature-id order.
  w.Bool(data.classifier != nullptr);
  if (data.classifier) {
    const ClassifierModel& cm = *data.classifier;
    w.Varint(cm.categories.size());
    for (const ClassifierCategory& c : cm.categories) {
      w.Str(c.category);
      w.Bool(c.enabled);
      w.U8(static_cast<unsigned>(c.severity));
      w.F64(c.scale);
      w.Int(c.bias);
      w.Int(c.threshold);
      w.Bool(c.has_gate);
      w.Int(c.gate);
      w.Varint(c.unless.size());
      for (const ContextSpec& u : c.unless) w.Context(u);
    }
    std::vector<std::pair<uint32_t, uint32_t>> rows;
    rows.reserve(cm.rows.size());
    for (const auto& [id, row] : cm.rows.entries()) rows.emplace_back(id, row);
    std::sort(rows.begin(), rows.end());
    size_t n = cm.categories.size();
    // Three streams, each of one kind so that it compresses well (most features weigh in one
    // category only): the feature ids' deltas; per row, a mask of its categories with a non-zero
    // weight; those weights, row by row.
    w.Varint(rows.size());
    uint32_t prev = 0;
    for (const auto& [id, row] : rows) {
      w.Varint(id - prev);
      prev = id;
    }
    std::string nonzero;
    for (const auto& [id, row] : rows) {
      uint64_t mask = 0;
      for (size_t c = 0; c < n; ++c) {
        int8_t weight = cm.weights[static_cast<size_t>(row) * n + c];
        if (weight == 0) continue;
        mask |= uint64_t{1} << c;
        nonzero += static_cast<char>(weight);
      }
      w.Varint(mask);
    }
    w.Raw(nonzero.data(), nonzero.size());
    w.TextsOf(cm.why);
  }

  w.Varint(data.lexicons.size());
  for (const auto& [name, lex] : data.lexicons) {
    w.Str(name);
    WriteLexicon(w, lex);
  }
  WriteAtoms(w, data);
  w.Varint(data.rules.size());
  for (const Rule& r : data.rules) WriteRule(w, r, options);
  return std::move(w.out());
}

bool UnpackRuleSet(std::string_view pack, bool bytes_are_static, RuleSetData* out,
                   std::string* error) {
  PackReader in(pack);
  char magic[4] = {};
  uint32_t version = 0;
  in.Raw(magic, sizeof magic);
  in.Raw(&version, sizeof version);
  if (!in.ok() || std::memcmp(magic, kMagic, sizeof magic) != 0) {
    *error = "rule pack: not a rule pack (bad magic)";
    return false;
  }
  if (version != kPackVersion) {
    *error = "rule pack: format version " + std::to_string(version) + ", expected " +
             std::to_string(kPackVersion) + " (rebuild it)";
    return false;
  }
  // Maps are filled in key order: hint each insertion at the end.
  for (size_t i = 0, n = in.Count(); i < n && in.ok(); ++i) {
    std::string name = in.Str();
    CategoryDefaults c;
    unsigned severity = in.U8();
    if (severity > static_cast<unsigned>(Severity::kHigh)) in.Fail();
    c.severity = static_cast<Severity>(severity);
    c.sources = in.Str();
    in.TextsOf(&c.message);
    in.TextsOf(&c.why);
    in.TextsOf(&c.suggestion);
    out->categories.emplace_hint(out->categories.end(), std::move(name), std::move(c));
  }
  for (size_t i = 0, n = in.Count(); i < n && in.ok(); ++i) {
    std::string id = in.Str();
    Citation c;
    in.TextsOf(&c.title);
    c.url = in.Str();
    out->citations.emplace_hint(out->citations.end(), std::move(id), std::move(c));
  }
  for (size_t i = 0, n = in.Count(); i < n && in.ok(); ++i) {
    auto& by_jurisdiction = out->citation_groups.emplace_hint(out->citation_groups.end(), in.Str(),
                                                              std::map<std::string, std::vector<std::string>>())
                                ->second;
    for (size_t j = 0, m = in.Count(); j < m && in.ok(); ++j)
      in.Strs(&by_jurisdiction.emplace_hint(by_jurisdiction.end(), in.Str(), std::vector<std::string>())->second);
  }
  for (size_t i = 0, n = in.Count(); i < n && in.ok(); ++i) {
    ContextList& list = out->contexts.emplace_hint(out->contexts.end(), in.Str(), ContextList())->second;
    in.Strs(&list.terms);
    in.Strs(&list.patterns);
  }
  ReidModel& m = out->reid;
  m.present = in.Bool();
  m.rule_id = in.Str();
  for (size_t i = 0, n = in.Count(); i < n && in.ok(); ++i) {
    std::string kind = in.Str();
    m.kind_weight[kind] = in.F64();
  }
  for (size_t i = 0, n = in.Count(); i < n && in.ok(); ++i) {
    std::string kind = in.Str();
    in.TextsOf(&m.kind_label[kind]);
  }
  in.Strs(&m.person_kinds);
  in.Strs(&m.high_kinds);
  m.strong_weight = in.F64();
  m.min_kinds = in.SmallInt();
  m.threshold = in.F64();
  m.strong_min_kinds = in.SmallInt();
  m.strong_threshold = in.F64();
  in.Context(&m.context);
  m.unless.resize(in.Count());
  for (ContextSpec& u : m.unless) in.Context(&u);
  in.TextsOf(&m.message);
  in.TextsOf(&m.why);
  in.TextsOf(&m.suggestion);

  if (in.Bool()) {
    auto cm = std::make_shared<ClassifierModel>();
    cm->categories.resize(in.Count());
    for (ClassifierCategory& c : cm->categories) {
      c.category = in.Str();
      c.enabled = in.Bool();
      unsigned severity = in.U8();
      if (severity > static_cast<unsigned>(Severity::kHigh)) in.Fail();
      c.severity = static_cast<Severity>(severity);
      c.scale = in.F64();
      c.bias = static_cast<int32_t>(in.Int());
      c.threshold = static_cast<int32_t>(in.Int());
      c.has_gate = in.Bool();
      c.gate = static_cast<int32_t>(in.Int());
      c.unless.resize(in.Count());
      for (ContextSpec& u : c.unless) in.Context(&u);
    }
    size_t n = cm->categories.size();
    if (n > 63) in.Fail();  // a row's categories are a 64-bit mask
    size_t rows = in.Count();
    cm->rows.Reserve(rows);
    cm->weights.assign(rows * n, 0);
    uint32_t id = 0;
    for (size_t k = 0; k < rows && in.ok(); ++k) {
      id += static_cast<uint32_t>(in.Varint());
      cm->rows.Insert(id, static_cast<uint32_t>(k));
    }
    std::vector<uint64_t> masks(in.ok() ? rows : 0);
    size_t nonzero = 0;
    for (uint64_t& mask : masks) {
      mask = in.Varint();
      if (n < 64 && (mask >> n) != 0) in.Fail();
      nonzero += static_cast<size_t>(__builtin_popcountll(mask));
    }
    std::vector<int8_t> weights(in.ok() ? nonzero : 0);
    in.Raw(weights.data(), weights.size());
    size_t next = 0;
    for (size_t k = 0; k < masks.size() && in.ok(); ++k)
      for (size_t c = 0; c < n; ++c)
        if (masks[k] >> c & 1) cm->weights[k * n + c] = weights[next++];
    in.TextsOf(&cm->why);
    out->classifier = std::move(cm);
  }

  for (size_t i = 0, n = in.Count(); i < n && in.ok(); ++i) {
    LexiconIndex& lex = out->lexicons.emplace_hint(out->lexicons.end(), in.Str(), LexiconIndex())->second;
    ReadLexiconPack(in, bytes_are_static, &lex);
  }
  ReadAtomsPack(in, bytes_are_static, out);
  out->rules.resize(in.Count());
  for (Rule& r : out->rules) {
    if (!in.ok()) break;
    ReadRule(in, &r);
  }
  if (!in.ok()) {
    *error = "rule pack: truncated or malformed";
    return false;
  }
  if (in.pos() != pack.data() + pack.size()) {
    *error = "rule pack: " + std::to_string(pack.data() + pack.size() - in.pos()) +
             " unexpected bytes at the end";
    return false;
  }
  return true;
}

}  // namespace secretum::internal
