#include "validators.h"

#include <algorithm>
#include <cstring>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_set>

#include "text.h"

namespace secretum::internal {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Letters and digits of `s`, uppercased; separators (spaces, dots, dashes) dropped.
std::string Compact(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (IsDigit(c)) out.push_back(c);
    else if (IsAlpha(c)) out.push_back(static_cast<char>(c & ~0x20));
  }
  return out;
}

std::string DigitsOnly(std::string_view s) {
  std::string out;
  for (char c : s)
    if (IsDigit(c)) out.push_back(c);
  return out;
}

// "0 6 7 1 2 3 4 5 9 8": every digit stands apart (a way to dodge filters, and also the shape
// of lists of scores or doses): such a number needs its rule's context.
bool OneByOne(std::string_view s) {
  int digits = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!IsDigit(s[i])) continue;
    ++digits;
    if (i + 1 < s.size() && IsDigit(s[i + 1])) return false;
  }
  return digits > 1;
}

// Digits that only count up or down by one ("0123456789", "9876543210"): a scale, not a number.
bool Staircase(std::string_view d) {
  if (d.size() < 5) return false;
  bool up = true, down = true;
  for (size_t i = 1; i < d.size(); ++i) {
    up = up && d[i] == d[i - 1] + 1;
    down = down && d[i] == d[i - 1] - 1;
  }
  return up || down;
}

int Num(std::string_view digits) {
  int n = 0;
  for (char c : digits) n = n * 10 + (c - '0');
  return n;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), IsDigit);
}

// FR NIR: sex, YY, MM, department (2 digits, 2A, 2B), commune, order, [key].
Strength Nir(std::string_view span, const std::vector<std::string_view>&) {
  std::string s = Compact(span);
  if (s.size() != 13 && s.size() != 15) return Strength::kReject;
  if (std::string_view("123478").find(s[0]) == std::string_view::npos) return Strength::kReject;
  if (!AllDigits(s.substr(1, 4)) || !AllDigits(s.substr(7))) return Strength::kReject;
  int month = Num(s.substr(3, 2));
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50))
    return Strength::kReject;
  std::string dept = s.substr(5, 2);
  if (!AllDigits(dept) && dept != "2A" && dept != "2B") return Strength::kReject;
  if (s.size() == 13) return Strength::kWeak;
  return NirKeyValid(s) ? Strength::kStrong : Strength::kWeak;
}

// QC RAMQ: 4 letters, YY, MM (+50 for women), DD, 2 digits. No public check digit: the
// date part must be plausible.
Strength Ramq(std::string_view span, const std::vector<std::string_view>&) {
  std::string s = Compact(span);
  if (s.size() != 12 || !std::all_of(s.begin(), s.begin() + 4, IsAlpha) ||
      !AllDigits(s.substr(4)))
    return Strength::kReject;
  // Other 4-letter prefixes followed by 8 digits are not health-insurance numbers.
  static const char* kNotRamq[] = {"PMID", "ISBN", "ISSN", "RPPS", "SIRE", "ADEL", "FINE", "EUDR",
                                   "ISRC", "IBAN", "UDID"};
  for (const char* p : kNotRamq)
    if (s.compare(0, 4, p) == 0) return Strength::kReject;
  int month = Num(s.substr(6, 2)), day = Num(s.substr(8, 2));
  if (month > 50) month -= 50;
  if (month < 1 || month > 12 || day < 1 || day > 31) return Strength::kReject;
  return Strength::kStrong;
}

// ON OHIP: 10 digits, optional 2-letter version code.
Strength Ohip(std::string_view span, const std::vector<std::string_view>&) {
  std::string s = Compact(span);
  std::string digits = DigitsOnly(s);
  if (digits.size() != 10) return Strength::kReject;
  bool version = s.size() == 12 && IsAlpha(s[10]) && IsAlpha(s[11]);
  return version && LuhnValid(digits) && !OneByOne(span) ? Strength::kStrong : Strength::kWeak;
}

Strength BcPhn(std::string_view span, const std::vector<std::string_view>&) {
  std::string d = DigitsOnly(span);
  if (d.size() != 10 || d[0] != '9') return Strength::kReject;
  return BcPhnValid(d) ? Strength::kStrong : Strength::kWeak;
}

Strength Sin(std::string_view span, const std::vector<std::string_view>&) {
  std::string d = DigitsOnly(span);
  if (d.size() != 9 || d[0] == '8') return Strength::kReject;  // 8: business numbers
  return LuhnValid(d) && d[0] != '0' && !OneByOne(span) ? Strength::kStrong : Strength::kWeak;
}

Strength Nhs(std::string_view span, const std::vector<std::string_view>&) {
  std::string d = DigitsOnly(span);
  if (d.size() != 10) return Strength::kReject;
  return NhsValid(d) ? Strength::kStrong : Strength::kWeak;
}

// US SSN: area not 000, 666 or 9xx; group not 00; serial not 0000. Written 3-2-4 with
// separators it is strong; nine bare digits are weak.
Strength Ssn(std::string_view span, const std::vector<std::string_view>&) {
  std::string d = DigitsOnly(span);
  if (d.size() != 9) return Strength::kReject;
  int area = Num(d.substr(0, 3)), group = Num(d.substr(3, 2)), serial = Num(d.substr(5));
  if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0)
    return Strength::kReject;
  return span.size() > 9 && !OneByOne(span) ? Strength::kStrong : Strength::kWeak;
}

// A full date "d/m/y", "m/d/y", "y-m-d" or with a month name. Returns false when no reading
// gives a real calendar date; *year gets the year (4 digits, 2-digit years read as 19xx/20xx).
bool ParseDate(std::string_view text, int* year) {
  std::vector<std::string> parts;
  std::string cur;
  for (char c : text) {
    if (IsDigit(c) || IsAlpha(c)) {
      if (!cur.empty() && IsDigit(cur.back()) != IsDigit(c)) {
        parts.push_back(cur);
        cur.clear();
      }
      cur.push_back(c);
    } else if (!cur.empty()) {
      parts.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) parts.push_back(cur);
  std::vector<int> nums;
  int month_name = 0;
  static const char* kMonths[][3] = {
      {"jan", "janv", "janvier"}, {"feb", "fev", "fevrier"}, {"mar", "mars", "march"},
      {"apr", "avr", "avril"},   {"may", "mai", "mai"},     {"jun", "juin", "june"},
      {"jul", "juil", "juillet"}, {"aug", "aout", "august"}, {"sep", "sept", "septembre"},
      {"oct", "octobre", "october"}, {"nov", "novembre", "november"},
      {"dec", "decembre", "december"}};
  for (const std::string& p : parts) {
    if (AllDigits(p)) {
      nums.push_back(p.size() <= 4 ? Num(p) : -1);
      continue;
    }
    std::string lower = AsciiLower(p);
    if (lower == "er" || lower == "st" || lower == "nd" || lower == "rd" || lower == "th" ||
        lower == "le" || lower == "on" || lower == "of")
      continue;
    for (int m = 0; m < 12; ++m)
      for (const char* name : kMonths[m])
        if (lower == name || (lower.size() >= 3 && std::string(name).rfind(lower, 0) == 0 &&
                              lower.size() >= 3 && m != 4))
          month_name = m + 1;
    if (lower == "may" || lower == "mai") month_name = 5;
  }
  auto valid = [](int d, int m) {
    static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1];
  };
  auto full_year = [](int y) { return y >= 100 ? y : (y > 30 ? 1900 + y : 2000 + y); };
  if (month_name && nums.size() == 2) {
    int d = nums[0], y = nums[1];
    if (!valid(d, month_name)) std::swap(d, y);
    if (!valid(d, month_name)) return false;
    *year = full_year(y);
    return true;
  }
  if (nums.size() != 3) return false;
  int a = nums[0], b = nums[1], c = nums[2];
  if (a >= 1000) {  // y-m-d
    *year = a;
    return valid(c, b);
  }
  *year = full_year(c);
  return valid(a, b) || valid(b, a);
}

// A plausible date of birth: a real date, year between 1900 and 2030.
Strength BirthDate(std::string_view span, const std::vector<std::string_view>&) {
  int year = 0;
  if (!ParseDate(span, &year) || year < 1900 || year > 2030) return Strength::kReject;
  return Strength::kStrong;
}

// A full date from the twentieth century is almost always a birth date in a clinical post;
// later dates need the rule's context.
Strength OldDate(std::string_view span, const std::vector<std::string_view>&) {
  int year = 0;
  if (!ParseDate(span, &year) || year < 1900 || year > 2030) return Strength::kReject;
  return year < 2000 ? Strength::kStrong : Strength::kWeak;
}

// Ages over 89 (HIPAA Safe Harbor treats them as identifying): the span is the number.
Strength AgeOver89(std::string_view span, const std::vector<std::string_view>&) {
  std::string d = DigitsOnly(span);
  if (d.empty() || d.size() > 3) return Strength::kReject;
  int age = Num(d);
  return age >= 90 && age <= 125 ? Strength::kStrong : Strength::kReject;
}

// A person's name (the span may start with a civil title, which is skipped): rejects
// placeholders ("Mme X", "John Doe", "M. Untel"), titles of doctors, and capitalized words
// that follow "patient" or a title without being names ("Patient Safety Week").
Strength Handle(std::string_view span, const std::vector<std::string_view>& args);

Strength PersonName(std::string_view span, const std::vector<std::string_view>& args) {
  // An @handle where a name was expected ("our residents @DrSamOkafor"): judged as a handle, so
  // that colleagues' and institutions' accounts are rejected.
  if (!span.empty() && span.front() == '@') return Handle(span, args);
  static const char* kTitles[] = {"mme", "mme.", "madame", "mlle", "mademoiselle", "m.",
                                  "monsieur", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss",
                                  "mx", "mx.", "mr", "pt", "patient", "patiente"};
  static const char* kNotNames[] = {
      // placeholders
      "doe", "untel", "unetelle", "michu",
      "lambda", "tartempion", "quidam",
      // doctors and other titles
      "dr", "dr.", "dre", "pr", "pr.", "prof", "prof.", "docteur", "professeur", "me", "maitre",
      "le", "la", "les", "the", "un", "une", "a", "an",
      // words that double as first names in the lists
      "saw", "check", "see", "told", "met", "had", "did", "got", "let", "call", "read", "note",
      "well", "just", "only", "also", "still", "even", "then", "good", "great", "best", "new",
      "old", "big", "young", "per", "navy", "army", "bay", "lake", "merci", "bravo", "thanks", "thank", "cheers", "sorry", "please", "vu", "revu",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
      // places and streets
      "st", "ste", "street", "ave", "avenue", "road", "rd", "lane", "drive", "blvd", "sound",
      "beach", "park", "mountain", "river", "falls", "springs", "city", "county", "town",
      "village", "harbour", "harbor", "port", "fort", "mount", "rue", "ville", "bourg",
      // honorifics and offices ("Lord Mayor", "Prime Minister", "Sister Agnes")
      "lord", "lady", "sir", "mayor", "prime", "minister", "president", "king", "queen",
      "prince", "princess", "saint", "sainte", "captain", "general", "colonel", "sergeant",
      // words that follow "patient" or a title without being names
      "safety", "week", "day", "care", "experience", "partner", "partenaire", "partenaires",
      "portal", "portail", "advocate", "zero", "education", "journey", "voice", "council",
      "committee", "comite", "association", "rights", "droits", "centered", "centred",
      "first", "reported", "outcomes", "flow", "records", "record", "information",
      "access", "navigator", "relations", "services", "support", "expert", "experts",
      "covid", "alzheimer", "parkinson", "crohn", "lundi", "mardi", "mercredi", "jeudi",
      "vendredi", "samedi", "dimanche", "scotians", "scotian", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "today", "tonight", "yesterday", "hier", "ce", "cette",
      "this", "who", "qui", "with", "avec", "aujourd", "ok", "okay", "emoji",
      // offices and roles written as titles ("Mme La Directrice", "M. Le Maire")
      "directrice", "directeur", "ministre", "maire", "mairesse", "presidente", "juge", "prefet",
      "prefete", "depute", "deputee", "senateur", "senatrice", "doyen", "doyenne", "chef",
      "cheffe", "patron", "patronne", "roi", "reine", "docteure", "professeure", "chief", "fellow",
      // sex and age, as in a chart line ("Patient: Male, 45", "Pt : Homme, 72 ans")
      "male", "female", "man", "woman", "homme", "femme", "boy", "girl", "garcon", "fille",
      "infant", "child", "enfant", "nourrisson", "bebe", "baby", "adult", "adulte", "teen", "ado",
      // greetings, sentence adverbs and company-name words that follow a first name
      // ("Merry Christmas", "@Hannah Doyle Honestly", "Lumina Bio")
      "christmas", "xmas", "noel", "honestly", "seriously", "frankly", "franchement", "bio",
      "pharma", "labs", "health", "sante", "ortho", "diagnostics", "medical", "therapeutics",
      "biotech", "medtech", "solutions", "group", "groupe", "league", "ligue", "wellness", "nutrition", "collagen",
      "skincare", "cosmetics", "aesthetics", "supplements", "vitamins", "ironman", "bienvenue", "bienvenu", "welcome", "happy",
      "joyeux", "joyeuse", "merry", "bonne", "bon",
      // buildings, rooms and awards named after people ("Klein Building", "Osler Lecture")
      "building", "auditorium", "hall", "pavilion", "pavillon", "wing", "institute", "institut",
      "foundation", "fondation", "library", "amphitheatre", "amphitheater", "lecture",
      "memorial", "award", "prize", "medal", "scholarship", "fellowship", "bourse",
      // demonyms ("le petit Lyonnais de 9 ans")
      "lyonnais", "lyonnaise", "marseillais", "marseillaise", "parisien", "parisienne",
      "quebecois", "quebecoise", "montrealais", "montrealaise", "breton", "bretonne", "normand",
      "normande", "alsacien", "alsacienne", "toulousain", "toulousaine", "bordelais",
      "bordelaise", "nantais", "nantaise", "lillois", "lilloise", "nicois", "nicoise", "belge",
      "suisse", "francais", "francaise", "anglais", "anglaise", "canadien", "canadienne",
      "americain", "americaine", "acadien", "acadienne", "gaspesien", "gaspesienne", "basque",
      "corse", "savoyard", "savoyarde", "auvergnat", "auvergnate", "picard", "picarde"};
  std::vector<std::string> words;
  // Looked up by hash: this validator runs on every candidate name of every post.
  static const std::unordered_set<std::string_view> not_names(std::begin(kNotNames),
                                                              std::end(kNotNames));
  std::string cur;
  for (char c : AsciiLower(span)) {
    if (c == ' ' || c == ',') {
      if (!cur.empty()) words.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) words.push_back(cur);
  size_t first = 0;
  while (first < words.size() &&
         std::any_of(std::begin(kTitles), std::end(kTitles),
                     [&](const char* t) { return words[first] == t; }))
    ++first;
  if (first == words.size()) return Strength::kReject;
  // A lone placeholder ("Mme X") is rejected; an initial before a surname ("Mme Y. Besnard")
  // is a name.
  static const char* kLonePlaceholders[] = {"x", "y", "z", "x.", "y.", "z.", "xx", "xxx"};
  if (words.size() - first == 1)
    for (const char* p : kLonePlaceholders)
      if (words[first] == p) return Strength::kReject;
  size_t leading = first;
  for (size_t i = first; i < words.size(); ++i) {
    std::string w = words[i];
    // Particles that begin a surname ("Mme Le Gall", "M. de La Roche", "M. Van Damme"); the
    // rule's pattern only lets them through before a capitalized word.
    if (i == leading && i + 1 < words.size() &&
        (w == "le" || w == "la" || w == "de" || w == "du" || w == "van" || w == "von")) {
      ++leading;
      continue;
    }
    // What follows a name ("Jeff from my clinic", "Inès et Karim", "Sam (8)") is not checked.
    if (w == "from" || w == "de" || w == "et" || w == "and" || w == "&" || w[0] == '(' ||
        (w[0] >= '0' && w[0] <= '9'))
      break;
    if (w.size() == 2 && w[1] == '.') continue;  // an initial
    // possessive: "Hargreaves'", "Dorothy's"
    if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
    else if (!w.empty() && w.back() == '\'') w.pop_back();
    if (not_names.count(w)) return Strength::kReject;
  }
  return Strength::kStrong;
}

// A social-media handle: colleagues' and institutions' handles ("@DrMartin", "@CHU_Lyon")
// are rejected.
Strength Handle(std::string_view span, const std::vector<std::string_view>&) {
  std::string lower = AsciiLower(span);
  if (!lower.empty() && lower[0] == '@') lower.erase(0, 1);
  static const char* kPrefixes[] = {"dr", "doc", "pr_", "prof", "chu", "ch_", "hopital",
                                    "clinique", "hospital", "ordre", "cnom", "cmq", "has_",
                                    "ars_", "sante", "health", "nhs", "aphp"};
  for (const char* p : kPrefixes)
    if (lower.rfind(p, 0) == 0) return Strength::kReject;
  // A health professional's own account says so at either end ("@kevin_trd_kine", "@nursejoy",
  // "@julie_sagefemme"): only words long enough to be unambiguous ("rn", "sf", "md" are not:
  // "@fab_rn_qc" was a patient, "@lily_bakes_sf" a city).
  static const char* kEnds[] = {"kine", "physio", "nurse", "midwife", "sagefemme", "pharma",
                                "pharmacien", "pharmacienne", "medecin", "infirmiere",
                                "infirmier", "dentiste", "dentist", "ambulancier", "paramedic",
                                "doctor", "docteur", "docteure"};
  for (const char* e : kEnds) {
    const size_t n = std::strlen(e);
    if (lower.size() > n && (lower.compare(lower.size() - n, n, e) == 0 || lower.compare(0, n, e) == 0))
      return Strength::kReject;
  }
  return Strength::kStrong;
}

// E-mail: role accounts (contact@, recrutement@...) are rejected; personal webmail
// addresses are strong; other addresses are weak (need the rule's context).
Strength Email(std::string_view span, const std::vector<std::string_view>&) {
  std::string lower = AsciiLower(span);
  size_t at = lower.find('@');
  if (at == std::string::npos) return Strength::kReject;
  std::string local = lower.substr(0, at), domain = lower.substr(at + 1);
  static const char* kRoles[] = {
      "contact", "info", "infos", "accueil", "secretariat", "recrutement", "recruiting",
      "recruitment", "rh", "hr", "admin", "support", "noreply", "no-reply", "bonjour",
      "hello", "rdv", "cabinet", "office", "jobs", "careers", "carrieres", "emplois",
      "communication", "presse", "press", "media", "webmaster", "direction", "affaires.medicales",
      "reception", "appointments", "booking", "clinic", "clinique", "inscriptions",
      "formation", "dpo", "privacy", "help", "aide", "team", "equipe"};
  for (const char* r : kRoles)
    if (local == r || local.rfind(std::string(r) + ".", 0) == 0 ||
        local.rfind(std::string(r) + "-", 0) == 0)
      return Strength::kReject;
  static const char* kWebmail[] = {
      "gmail.", "googlemail.", "hotmail.", "yahoo.", "outlook.", "live.", "icloud.", "me.com",
      "laposte.net", "orange.fr", "free.fr", "sfr.fr", "wanadoo.fr", "neuf.fr", "aol.",
      "videotron.ca", "sympatico.ca", "bell.net", "rogers.com", "shaw.ca", "telus.net",
      "btinternet.com", "proton", "gmx.", "yandex.", "msn.com", "mail.com", "bluewin.ch"};
  for (const char* w : kWebmail)
    if (domain.rfind(w, 0) == 0) return Strength::kStrong;
  return Strength::kWeak;
}

// Phone numbers: the shape was checked by the pattern; reject runs of one repeated digit.
Strength Phone(std::string_view span, const std::vector<std::string_view>&) {
  std::string d = DigitsOnly(span);
  if (d.size() < 9) return Strength::kReject;
  if (std::all_of(d.begin() + 1, d.end(), [&](char c) { return c == d[1]; }))
    return Strength::kReject;
  if (Staircase(d.substr(1))) return Strength::kReject;
  return Strength::kStrong;
}

// A unique role is a person's ("le seul boulanger du village"), not an institution's ("la
// seule maternité de la région").
Strength PersonRole(std::string_view span, const std::vector<std::string_view>&) {
  static const char* kPlaces[] = {
      "maternite", "clinique", "hopital", "pharmacie", "ecole", "college", "lycee", "service",
      "centre", "center", "unite", "unit", "hospital", "clinic", "school", "practice", "cabinet",
      "ehpad", "laboratoire", "lab", "irm", "scanner", "mri", "urgence", "urgences", "er", "ed",
      "maison", "structure", "etablissement", "facility", "one who", "one that"};
  std::string lower = " " + AsciiLower(span) + " ";
  for (const char* p : kPlaces)
    if (lower.find(" " + std::string(p) + " ") != std::string::npos) return Strength::kReject;
  return Strength::kStrong;
}

struct Entry {
  const char* name;
  Validator fn;
};

constexpr Entry kValidators[] = {
    {"nir", Nir},          {"ramq", Ramq},        {"ohip", Ohip},
    {"bc-phn", BcPhn},     {"sin", Sin},          {"nhs", Nhs},
    {"ssn", Ssn},          {"birth-date", BirthDate}, {"old-date", OldDate},
    {"age-over-89", AgeOver89}, {"person-name", PersonName}, {"handle", Handle},
    {"email", Email},      {"phone", Phone},      {"person-role", PersonRole}};

}  // namespace

bool NirKeyValid(std::string_view s) {
  if (s.size() != 15 || !AllDigits(s.substr(13))) return false;
  std::string body(s.substr(0, 13));
  if (body.substr(5, 2) == "2A") body.replace(5, 2, "19");
  else if (body.substr(5, 2) == "2B") body.replace(5, 2, "18");
  if (!AllDigits(body)) return false;
  uint64_t n = std::strtoull(body.c_str(), nullptr, 10);
  return static_cast<int>(97 - n % 97) == Num(s.substr(13));
}

bool LuhnValid(std::string_view digits) {
  if (digits.empty()) return false;
  int sum = 0;
  bool twice = false;
  for (size_t i = digits.size(); i-- > 0;) {
    int d = digits[i] - '0';
    if (twice) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

bool NhsValid(std::string_view d) {
  if (d.size() != 10 || !AllDigits(d)) return false;
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += (d[i] - '0') * (10 - i);
  int check = 11 - sum % 11;
  if (check == 11) check = 0;
  return check != 10 && check == d[9] - '0';
}

bool BcPhnValid(std::string_view d) {
  if (d.size() != 10 || !AllDigits(d) || d[0] != '9') return false;
  static const int kWeights[] = {2, 4, 8, 5, 10, 9, 7, 3};
  int sum = 0;
  for (int i = 0; i < 8; ++i) sum += ((d[i + 1] - '0') * kWeights[i]) % 11;
  int check = 11 - sum % 11;
  return check < 10 && check == d[9] - '0';
}

Validator FindValidator(const std::string& name) {
  for (const Entry& e : kValidators)
    if (name == e.name) return e.fn;
  return nullptr;
}

std::string ValidatorNames() {
  std::string out;
  for (const Entry& e : kValidators) out += (out.empty() ? "" : ", ") + std::string(e.name);
  return out;
}

}  // namespace secretum::internal
