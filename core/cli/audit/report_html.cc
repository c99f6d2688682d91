// report.html: one self-contained page for a busy physician, in French or English.
//   header     whose export, how many posts, the privacy reminder
//   summary    posts audited; to delete / to edit / to keep, with what each action means
//   charts     findings per month (inline SVG, stacked by severity; a click filters the month)
//              and per category (CSS bars; a click filters the category)
//   filters    action, severity, category, text search, sort — a sticky bar
//   posts      every flagged post: date, where, link to the original, the suggested action and
//              why, the text with the flagged passages highlighted, each finding with its fix,
//              the explanation and the rules it breaches; a corrected version when every
//              finding has a safe replacement
//   what was read   files, records, what was skipped and why, damage
// No external resource: inline CSS, inline SVG, a small inline script; a Content Security
// Policy forbids any network access.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <map>
#include <set>

#include "writers.h"

namespace secretum::cli::audit {
namespace {

// ---- words ---------------------------------------------------------------------------------

struct Words {
  const char* html_lang;
  const char* title;
  const char* h1;
  const char* privacy;
  const char* flagged;      // "publications à revoir, sur %s analysées"
  const char* action[4];    // none, keep, edit, delete (badges)
  const char* action_count[4];  // "à garder"...
  const char* legend[4];
  const char* copies;
  const char* reason_high;
  const char* reason_high_confidential;
  const char* reason_history;
  const char* reason_no_edit;
  const char* reason_medium;
  const char* reason_medium_x;
  const char* reason_low;
  const char* chart_month;
  const char* chart_category;
  const char* finding;
  const char* findings;
  const char* post;
  const char* posts;
  const char* filters;
  const char* f_action;
  const char* f_severity;
  const char* f_category;
  const char* search;
  const char* sort;
  const char* sort_serious;
  const char* sort_new;
  const char* sort_old;
  const char* reset;
  const char* shown_of;     // "%s affichées sur %s"
  const char* none_shown;
  const char* severity[3];
  const char* severity_long[3];
  const char* category[10];
  const char* kind_tweet;
  const char* kind_reply;
  const char* kind_note;
  const char* kind_post;
  const char* kind_comment;
  const char* kind_li_comment;
  const char* kind_group_post;
  const char* kind_group_comment;
  const char* kind_share;
  const char* open_on;      // "Ouvrir sur"
  const char* fb_find;
  const char* fb_nolink;
  const char* no_link;
  const char* reply_to;
  const char* why;
  const char* rules;
  const char* replace_with;
  const char* rewrite;
  const char* copy;
  const char* copied;
  const char* read_title;
  const char* th_file;
  const char* th_what;
  const char* th_records;
  const char* th_audited;
  const char* th_skipped;
  const char* skip[4][2];
  const char* merged[2];
  const char* repaired_mojibake;
  const char* repaired_cp1252;
  const char* no_date;
  const char* not_read;
  const char* damaged_alert[2];   // one, many
  const char* unreadable_alert[2];
  const char* ignored[2];
  const char* technical;
  const char* all_clear;       // "Aucune publication à revoir parmi les %s analysées."
  const char* empty;
  const char* footer;          // "Produit par Secretum 0.1.0 le %s ..."
  const char* rules_of;
  const char* jurisdiction[5];
  const char* months[12];
  const char* months_short[12];
  const char* unknown_date;
  const char* month_chip;
  const char* what_x;
  const char* what_fb;
  const char* what_li;
  const char* of;           // "de" (export of @handle)
  const char* from_to;      // "du %s au %s"
  const char* tip_month;    // tooltip "%s : %s"
  const char* dated_none;
  const char* thousands;
};

const Words kFr = {
    "fr",
    "Audit de vos publications — Secretum",
    "Audit de vos publications",
    "Ce rapport cite les passages sensibles de vos publications : gardez-le sur votre "
    "ordinateur et ne le transmettez pas. Il a été produit sur votre machine, sans connexion.",
    "publications à revoir, sur %s analysées",
    {"", "Garder", "Modifier", "Supprimer"},
    {"", "à garder", "à modifier", "à supprimer"},
    {"",
     "risque faible : relisez-les, vous pouvez les garder.",
     "reformulez les passages signalés (une version corrigée est proposée quand c'est possible).",
     "un patient peut être reconnu, ou le propos est grave : supprimez la publication."},
    "Supprimer une publication ne retire pas les copies déjà faites (captures, partages, "
    "archives du web). Commencez par les plus graves : elles sont en tête de liste.",
    "Propos grave : supprimez cette publication.",
    "Un patient est identifiable : supprimez cette publication.",
    "Un patient est reconnaissable. Sur Facebook, une publication modifiée garde son texte "
    "d'origine dans l'historique des modifications, visible de vos lecteurs : supprimez-la.",
    "Un patient est reconnaissable et X ne permet pas de modifier une publication : supprimez-la.",
    "Reformulez les passages signalés.",
    "Reformulez les passages signalés : X ne permet pas de modifier, supprimez puis republiez "
    "le texte corrigé.",
    "Risque faible : relisez ; vous pouvez la garder.",
    "Alertes par mois",
    "Alertes par catégorie",
    "alerte",
    "alertes",
    "publication",
    "publications",
    "Filtres",
    "Action",
    "Gravité",
    "Catégorie",
    "Rechercher dans les publications…",
    "Trier",
    "les plus graves d'abord",
    "les plus récentes d'abord",
    "les plus anciennes d'abord",
    "Tout afficher",
    "Affichées : %s sur %s",
    "Aucune publication ne correspond à ces filtres.",
    {"Faible", "Moyenne", "Haute"},
    {"gravité faible", "gravité moyenne", "gravité haute"},
    {"Identifiant direct", "Patient reconnaissable", "Image de patient", "Propos dénigrants",
     "Réponse hostile", "Diffamation", "Publicité", "Conseil médical personnalisé",
     "Conflit d'intérêts", "Allégation de santé trompeuse"},
    "Publication X",
    "Réponse sur X",
    "Publication longue sur X",
    "Publication Facebook",
    "Commentaire Facebook",
    "Commentaire LinkedIn",
    "Publication dans un groupe Facebook",
    "Commentaire dans un groupe Facebook",
    "Publication LinkedIn",
    "Ouvrir sur",
    "L'export Facebook ne donne pas de lien vers les publications : retrouvez-les dans votre "
    "historique personnel (Facebook › Paramètres et confidentialité › Historique personnel), à "
    "leur date.",
    "sans lien : voir l'historique personnel",
    "Pas de lien dans l'export.",
    "à",
    "Pourquoi ?",
    "Règles concernées",
    "Remplacer par",
    "Version corrigée proposée — relisez-la avant de republier",
    "Copier",
    "Copié",
    "Ce qui a été lu",
    "Fichier",
    "Contenu",
    "Enregistrements",
    "Analysés",
    "Non analysés",
    {{"retweet (texte d'un autre compte)", "retweets (texte d'un autre compte)"},
     {"sans texte (photo, partage, lieu)", "sans texte (photos, partages, lieux)"},
     {"doublon", "doublons"},
     {"endommagé", "endommagés"}},
    {"fusionnée avec son tweet abrégé", "fusionnées avec leur tweet abrégé"},
    "texte(s) aux accents réparés (encodage Facebook)",
    "champ(s) lu(s) en Windows-1252",
    "sans date lisible",
    "illisible",
    {"%s enregistrement endommagé n'a pas pu être analysé : ce rapport est incomplet. "
     "Détails ci-dessous.",
     "%s enregistrements endommagés n'ont pas pu être analysés : ce rapport est incomplet. "
     "Détails ci-dessous."},
    {"Un fichier de l'export est illisible — ses publications manquent dans ce rapport : %s.",
     "Des fichiers de l'export sont illisibles — leurs publications manquent dans ce rapport : "
     "%s."},
    {"%s autre fichier de l'export n'a pas été lu (média, profil, message, réglage… : ce n'est "
     "pas une publication).",
     "%s autres fichiers de l'export n'ont pas été lus (médias, profil, messages, réglages… : ce "
     "ne sont pas des publications)."},
    "Détails techniques",
    "Aucune publication à revoir parmi les %s analysées.",
    "Aucune publication avec du texte n'a été trouvée dans cet export : rien n'a pu être analysé.",
    "Produit par Secretum 0.1.0 le %s (UTC), sur votre ordinateur, sans connexion.",
    "Règles citées",
    {"France", "Québec", "Canada", "États-Unis", "Royaume-Uni"},
    {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
     "octobre", "novembre", "décembre"},
    {"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
     "déc."},
    "date inconnue",
    "Mois",
    "archive X/Twitter",
    "export Facebook",
    "export LinkedIn",
    "de",
    "du %s au %s",
    "%s : %s",
    "Aucune publication datée : pas de graphique par mois.",
    "\u202f",
};

const Words kEn = {
    "en",
    "Audit of your posts — Secretum",
    "Audit of your past posts",
    "This report quotes the sensitive passages of your posts: keep it on your computer and do "
    "not share it. It was produced on your machine, offline.",
    "posts to review, out of %s audited",
    {"", "Keep", "Edit", "Delete"},
    {"", "to keep", "to edit", "to delete"},
    {"",
     "low risk: reread them; you can keep them.",
     "rephrase the flagged passages (a corrected version is offered when possible).",
     "a patient could be recognized, or the remark is serious: delete the post."},
    "Deleting a post does not remove copies already made (screenshots, shares, web archives). "
    "Start with the most serious: they come first in the list.",
    "A serious remark: delete this post.",
    "A patient can be identified: delete this post.",
    "A patient can be recognized. On Facebook, an edited post keeps its original text in the "
    "edit history, visible to your readers: delete it.",
    "A patient can be recognized and X posts cannot be edited: delete it.",
    "Rephrase the flagged passages.",
    "Rephrase the flagged passages: X posts cannot be edited, so delete it and post the "
    "corrected text again.",
    "Low risk: reread it; you can keep it.",
    "Findings per month",
    "Findings by category",
    "finding",
    "findings",
    "post",
    "posts",
    "Filters",
    "Action",
    "Severity",
    "Category",
    "Search the posts…",
    "Sort",
    "most serious first",
    "newest first",
    "oldest first",
    "Show all",
    "Showing %s of %s",
    "No post matches these filters.",
    {"Low", "Medium", "High"},
    {"low severity", "medium severity", "high severity"},
    {"Direct identifier", "Recognizable patient", "Patient image", "Demeaning remarks",
     "Hostile reply", "Defamation", "Advertising", "Personal medical advice",
     "Conflict of interest", "Misleading health claim"},
    "Post on X",
    "Reply on X",
    "Long post on X",
    "Facebook post",
    "Facebook comment",
    "LinkedIn comment",
    "Post in a Facebook group",
    "Comment in a Facebook group",
    "LinkedIn post",
    "Open on",
    "The Facebook export has no links to the posts: find them in your Activity log (Facebook › "
    "Settings & privacy › Activity log) at their date.",
    "no link: see your Activity log",
    "No link in the export.",
    "to",
    "Why?",
    "Rules involved",
    "Replace with",
    "Suggested corrected version — reread it before posting again",
    "Copy",
    "Copied",
    "What was read",
    "File",
    "Content",
    "Records",
    "Audited",
    "Not audited",
    {{"retweet (another account's text)", "retweets (another account's text)"},
     {"without text (photo, repost, check-in)", "without text (photos, reposts, check-ins)"},
     {"duplicate", "duplicates"},
     {"damaged", "damaged"}},
    {"merged into its shortened tweet", "merged into their shortened tweet"},
    "text(s) with accents repaired (Facebook encoding)",
    "field(s) read as Windows-1252",
    "without a readable date",
    "unreadable",
    {"%s damaged record could not be audited: this report is incomplete. Details below.",
     "%s damaged records could not be audited: this report is incomplete. Details below."},
    {"A file of the export is unreadable — its posts are missing from this report: %s.",
     "Files of the export are unreadable — their posts are missing from this report: %s."},
    {"%s other file of the export was not read (media, profile, message, setting…: not a post).",
     "%s other files of the export were not read (media, profile, messages, settings…: not "
     "posts)."},
    "Technical details",
    "None of the %s posts audited needs attention.",
    "No post with text was found in this export: nothing could be audited.",
    "Produced by Secretum 0.1.0 on %s (UTC), on your computer, offline.",
    "Rules cited",
    {"France", "Québec", "Canada", "United States", "United Kingdom"},
    {"January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"},
    {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
    "unknown date",
    "Month",
    "X/Twitter archive",
    "Facebook export",
    "LinkedIn export",
    "of",
    "from %s to %s",
    "%s: %s",
    "No dated post: no chart per month.",
    ",",
};

// ---- helpers -------------------------------------------------------------------------------

std::string Html(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

// printf with %s only.
std::string Fmt(const char* pattern, std::initializer_list<std::string> args) {
  std::string out;
  auto it = args.begin();
  for (const char* p = pattern; *p; ++p) {
    if (p[0] == '%' && p[1] == 's' && it != args.end()) {
      out += *it++;
      ++p;
    } else {
      out += *p;
    }
  }
  return out;
}

int CategoryIndex(const std::string& id) {
  for (int i = 0; i < 10; ++i)
    if (id == kCategories[i]) return i;
  return -1;
}

const char* SevId(Severity s) {
  return s == Severity::kHigh ? "high" : s == Severity::kMedium ? "medium" : "low";
}

struct Ymd {
  int y = 0, m = 0, d = 0, hh = 0, mm = 0;
};
bool ToYmd(int64_t t, Ymd* out) {
  if (t == kNoTime) return false;
  time_t tt = static_cast<time_t>(t);
  struct tm tm;
  if (!gmtime_r(&tt, &tm)) return false;
  *out = {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min};
  return true;
}

std::string LongDate(const Words& w, int64_t t) {
  Ymd d;
  if (!ToYmd(t, &d)) return w.unknown_date;
  if (w.html_lang[0] == 'f')
    return std::to_string(d.d) + (d.d == 1 ? "er" : "") + " " + w.months[d.m - 1] + " " +
           std::to_string(d.y);
  return std::string(w.months_short[d.m - 1]) + " " + std::to_string(d.d) + ", " +
         std::to_string(d.y);
}

std::string MonthLabel(const Words& w, const std::string& key) {
  int y = std::atoi(key.substr(0, 4).c_str()), m = std::atoi(key.substr(5, 2).c_str());
  if (m < 1 || m > 12) return key;
  return std::string(w.months[m - 1]) + " " + std::to_string(y);
}

std::string Num(const Words& w, size_t n) { return Thousands(n, w.thousands); }

std::string Plural(const Words& w, size_t n, const char* one, const char* many) {
  return Num(w, n) + " " + (n == 1 ? one : many);
}

const char* KindName(const Words& w, const std::string& site, const std::string& kind) {
  if (kind == "comment" && site == "linkedin") return w.kind_li_comment;
  if (kind == "tweet") return w.kind_tweet;
  if (kind == "reply") return w.kind_reply;
  if (kind == "note") return w.kind_note;
  if (kind == "comment") return w.kind_comment;
  if (kind == "group_post") return w.kind_group_post;
  if (kind == "group_comment") return w.kind_group_comment;
  if (kind == "share") return w.kind_share;
  return w.kind_post;
}

const char* SiteName(const std::string& site) {
  return site == "x" ? "X" : site == "facebook" ? "Facebook" : "LinkedIn";
}

const char* JurisdictionName(const Words& w, const std::string& j) {
  static const char* kIds[] = {"fr", "qc", "ca", "us", "uk"};
  for (int i = 0; i < 5; ++i)
    if (j == kIds[i]) return w.jurisdiction[i];
  return "";
}

// The post's text with every finding highlighted; superscript numbers where findings end.
std::string Highlighted(const Report& r) {
  const std::string& text = r.text;
  std::vector<size_t> cuts = {0, text.size()};
  for (const Finding& f : r.findings)
    if (f.start < f.end && f.end <= text.size()) {
      cuts.push_back(f.start);
      cuts.push_back(f.end);
    }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
  std::string out;
  for (size_t k = 0; k + 1 < cuts.size(); ++k) {
    size_t a = cuts[k], b = cuts[k + 1];
    std::string_view piece(text.data() + a, b - a);
    int sev = -1;
    std::string nums, titles;
    for (size_t i = 0; i < r.findings.size(); ++i) {
      const Finding& f = r.findings[i];
      if (f.start <= a && f.end >= b && f.start < f.end) {
        sev = std::max(sev, static_cast<int>(f.severity));
        nums += (nums.empty() ? "" : " ") + std::to_string(i + 1);
        titles += (titles.empty() ? "" : " · ") + f.message;
      }
    }
    if (sev < 0) {
      out += Html(piece);
    } else {
      out += "<mark class=\"s-" + std::string(SevId(static_cast<Severity>(sev))) + "\" data-f=\"" +
             nums + "\" title=\"" + Html(titles) + "\">" + Html(piece) + "</mark>";
    }
    std::string ends;
    for (size_t i = 0; i < r.findings.size(); ++i)
      if (r.findings[i].end == b && r.findings[i].start < r.findings[i].end)
        ends += (ends.empty() ? "" : ",") + std::to_string(i + 1);
    if (!ends.empty()) out += "<sup>" + ends + "</sup>";
  }
  return out;
}

// The post with every finding's replacement applied, when every finding of medium or high
// severity has one (or lies inside a replaced passage); empty otherwise.
std::string Rewrite(const Report& r) {
  std::vector<const Finding*> with;
  for (const Finding& f : r.findings)
    if (!f.replacement.empty() && f.start < f.end && f.end <= r.text.size()) with.push_back(&f);
  if (with.empty()) return "";
  std::sort(with.begin(), with.end(), [](const Finding* a, const Finding* b) {
    return a->start != b->start ? a->start < b->start : a->end > b->end;
  });
  std::vector<std::pair<size_t, size_t>> replaced;
  std::string out;
  size_t pos = 0;
  for (const Finding* f : with) {
    if (f->start < pos) continue;  // overlaps a passage already replaced
    out.append(r.text, pos, f->start - pos);
    // At the start of a sentence, the replacement starts with a capital ("Une patiente").
    size_t before = f->start;
    while (before > 0 && (r.text[before - 1] == ' ' || r.text[before - 1] == '\t')) --before;
    std::string replacement = f->replacement;
    if ((before == 0 || std::strchr(".!?\n", r.text[before - 1])) && !replacement.empty() &&
        replacement[0] >= 'a' && replacement[0] <= 'z')
      replacement[0] = static_cast<char>(replacement[0] - 'a' + 'A');
    out += replacement;
    replaced.emplace_back(f->start, f->end);
    pos = f->end;
  }
  out.append(r.text, pos, std::string::npos);
  for (const Finding& f : r.findings) {
    if (f.severity < Severity::kMedium) continue;
    bool covered = std::any_of(replaced.begin(), replaced.end(), [&](const auto& s) {
      return s.first <= f.start && f.end <= s.second;
    });
    if (!covered) return "";
  }
  return out;
}

// ---- page parts ----------------------------------------------------------------------------

const char kLock[] =
    "<svg width=\"16\" height=\"16\" viewBox=\"0 0 16 16\" aria-hidden=\"true\" style=\"flex:none;margin-top:2px\">"
    "<rect x=\"2.5\" y=\"7\" width=\"11\" height=\"8\" rx=\"1.5\" fill=\"#fff\"/>"
    "<path d=\"M5 7V5a3 3 0 0 1 6 0v2\" fill=\"none\" stroke=\"#fff\" stroke-width=\"1.6\"/></svg>";

const char kCss[] = R"CSS(
:root{--ink:#1d2433;--muted:#5b6476;--line:#e3e6ec;--bg:#f4f5f8;--card:#fff;--accent:#24407a;
--high:#c2352b;--high-bg:#fde9e7;--medium:#c26a00;--medium-bg:#fff1d9;--low:#2f62c4;--low-bg:#e7efff;
--del:#c2352b;--edit:#c26a00;--keep:#5b6476}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
a{color:var(--accent)}
.wrap{max-width:1080px;margin:0 auto;padding:0 20px}
header.top{background:#1b2b4b;color:#fff;padding:22px 0 20px}
header.top .brand{display:flex;align-items:center;gap:10px;font-size:13px;letter-spacing:.06em;text-transform:uppercase;opacity:.85}
header.top .logo{width:26px;height:26px;border-radius:7px;background:#fff;color:#1b2b4b;display:grid;place-items:center;font-weight:800;font-size:15px;letter-spacing:0}
header.top h1{margin:8px 0 4px;font-size:26px;line-height:1.25}
header.top .sub{opacity:.9}
.privacy{margin-top:14px;display:flex;gap:10px;align-items:flex-start;background:rgba(255,255,255,.1);border-radius:8px;padding:9px 12px;font-size:13.5px}
.privacy b{white-space:nowrap}
section{margin:22px 0}
h2{font-size:17px;margin:0 0 12px}
.cards{display:grid;grid-template-columns:repeat(4,1fr);gap:12px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 16px}
.card .n{font-size:30px;font-weight:750;line-height:1.1}
.card .l{color:var(--muted);font-size:13.5px}
.card.del{border-top:4px solid var(--del)} .card.del .n{color:var(--del)}
.card.edit{border-top:4px solid var(--edit)} .card.edit .n{color:var(--edit)}
.card.keep{border-top:4px solid var(--keep)}
.card.all{border-top:4px solid var(--accent)}
.legend{margin:12px 0 0;padding:0;list-style:none;font-size:14px;color:var(--ink)}
.legend li{margin:3px 0}
.note{color:var(--muted);font-size:13.5px;margin:8px 0 0}
.alert{background:var(--high-bg);border:1px solid #f3b7b1;color:#7a1d16;border-radius:10px;padding:12px 14px;margin:18px 0 0;font-weight:600}
.ok{background:#e8f6ee;border:1px solid #b5e0c5;color:#185c34;border-radius:10px;padding:18px;font-size:17px;font-weight:600}
.charts{display:grid;grid-template-columns:3fr 2fr;gap:12px}
.panel{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 16px}
.panel h2{font-size:15px}
svg.months{width:100%;height:auto;display:block}
svg .grid{stroke:#e7e9ef;stroke-width:1}
svg .axis{fill:#6b7385;font-size:11px}
svg .axis.year{font-weight:600;fill:#3c4454}
svg .tick{stroke:#b8bec9;stroke-width:1}
svg .mbar{cursor:pointer}
svg .mbar:hover rect.v,svg .mbar.sel rect.v{filter:brightness(.85)}
svg .mbar.sel rect.hit{fill:#24407a14}
svg rect.hit{fill:transparent}
.r-high{fill:var(--high)} .r-medium{fill:#e39a2d} .r-low{fill:var(--low)}
.keys{display:flex;gap:14px;font-size:12.5px;color:var(--muted);margin-top:6px}
.keys i{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;vertical-align:-1px}
.cat{display:grid;grid-template-columns:minmax(120px,11.5em) 1fr 2.6em;gap:8px;align-items:center;font-size:13.5px;padding:3px 4px;border-radius:6px;cursor:pointer;border:0;background:none;width:100%;text-align:left;color:inherit;font-family:inherit}
.cat:hover{background:#f1f3f7}
.cat.off{opacity:.4}
.cat .bar{display:flex;height:12px;border-radius:3px;overflow:hidden;background:#f0f2f6}
.cat .bar span{display:block;height:100%}
.cat .c{text-align:right;font-variant-numeric:tabular-nums;color:var(--muted)}
.b-high{background:var(--high)} .b-medium{background:#e39a2d} .b-low{background:var(--low)}
.filters{position:sticky;top:0;z-index:5;background:rgba(244,245,248,.96);backdrop-filter:blur(4px);border-bottom:1px solid var(--line);padding:10px 0;margin-top:8px}
.frow{display:flex;flex-wrap:wrap;gap:6px 14px;align-items:center}
.fgroup{display:flex;flex-wrap:wrap;gap:5px;align-items:center}
.fgroup>span{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em;margin-right:2px}
.chip{border:1px solid #cfd4de;background:#fff;border-radius:999px;padding:3px 10px;font:inherit;font-size:13px;cursor:pointer;color:var(--ink)}
.chip[aria-pressed=false]{background:transparent;color:#8a91a1;border-style:dashed;text-decoration:line-through}
.chip .k{font-variant-numeric:tabular-nums;color:var(--muted);margin-left:4px}
.chip.a-delete[aria-pressed=true]{border-color:var(--del);color:var(--del)}
.chip.a-edit[aria-pressed=true]{border-color:var(--edit);color:var(--edit)}
.chip.s-high[aria-pressed=true]{background:var(--high-bg);border-color:#f0b5ae}
.chip.s-medium[aria-pressed=true]{background:var(--medium-bg);border-color:#f1cf93}
.chip.s-low[aria-pressed=true]{background:var(--low-bg);border-color:#b9cdf5}
.frow2{margin-top:8px;display:flex;gap:10px;align-items:center;flex-wrap:wrap}
.frow2 input[type=search]{flex:1;min-width:200px;font:inherit;font-size:14px;padding:6px 10px;border:1px solid #cfd4de;border-radius:8px;background:#fff}
.frow2 select{font:inherit;font-size:14px;padding:5px 8px;border:1px solid #cfd4de;border-radius:8px;background:#fff}
.frow2 .count{font-size:13.5px;color:var(--muted)}
.frow2 button.reset{font:inherit;font-size:13px;border:0;background:none;color:var(--accent);text-decoration:underline;cursor:pointer}
.monthchip{display:none;font-size:13px;background:#24407a;color:#fff;border-radius:999px;padding:3px 6px 3px 10px}
.monthchip button{border:0;background:none;color:#fff;cursor:pointer;font-size:14px;padding:0 4px}
.list{margin-top:14px}
.many article.post{content-visibility:auto;contain-intrinsic-size:auto 360px}
article.post{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--keep);border-radius:10px;padding:14px 18px 12px;margin:0 0 14px}
article.post.a-delete{border-left-color:var(--del)}
article.post.a-edit{border-left-color:var(--edit)}
.phead{display:flex;flex-wrap:wrap;gap:6px 12px;align-items:center;font-size:13.5px;color:var(--muted)}
.badge{font-weight:700;font-size:12.5px;text-transform:uppercase;letter-spacing:.04em;border-radius:6px;padding:2px 8px;color:#fff;background:var(--keep)}
.badge.a-delete{background:var(--del)} .badge.a-edit{background:var(--edit)}
.phead time{color:var(--ink);font-weight:600}
.phead a{margin-left:auto}
.reason{margin:8px 0 0;font-weight:600;font-size:14.5px}
.nolink{margin-left:auto;font-size:12.5px;color:var(--muted);font-style:italic}
.text{margin:10px 0;padding:10px 14px;background:#fafbfc;border:1px solid #edf0f4;border-radius:8px;white-space:pre-wrap;overflow-wrap:anywhere;font-size:15px;line-height:1.6}
mark{border-radius:3px;padding:0 1px;color:inherit;-webkit-box-decoration-break:clone;box-decoration-break:clone}
mark.s-high{background:#f9cfca;box-shadow:inset 0 -2px 0 var(--high)}
mark.s-medium{background:#ffe2ad;box-shadow:inset 0 -2px 0 #e39a2d}
mark.s-low{background:#d6e3ff;box-shadow:inset 0 -2px 0 var(--low)}
mark.on{outline:2px solid var(--ink)}
.text sup{font-size:10.5px;font-weight:700;color:var(--muted);margin-left:1px}
ol.findings{margin:0;padding:0;list-style:none}
ol.findings>li{display:grid;grid-template-columns:1.6em 1fr;gap:2px 8px;padding:7px 0;border-top:1px dashed #e6e9ef}
#list.xs-high li[data-sev=high],#list.xs-medium li[data-sev=medium],#list.xs-low li[data-sev=low]{opacity:.35}
.fn{font-weight:700;color:var(--muted);font-size:13px;padding-top:1px}
.ftop{display:flex;flex-wrap:wrap;gap:4px 8px;align-items:baseline}
.sev{font-size:11.5px;font-weight:700;text-transform:uppercase;letter-spacing:.04em;border-radius:4px;padding:1px 6px}
.sev.high{background:var(--high-bg);color:var(--high)} .sev.medium{background:var(--medium-bg);color:var(--medium)} .sev.low{background:var(--low-bg);color:var(--low)}
.msg{font-weight:650}
.quote{color:var(--muted)}
.catname{font-size:12px;color:var(--muted);border:1px solid var(--line);border-radius:4px;padding:0 5px}
.fix{grid-column:2;margin-top:2px}
.fix:before{content:"→ ";color:var(--muted)}
.repl{font-size:13px;color:var(--muted)} .repl q{color:var(--ink);font-weight:600}
details.why{grid-column:2;font-size:13.5px;color:#3c4454}
details.why summary{cursor:pointer;color:var(--accent);width:max-content}
details.why p{margin:4px 0}
details.why ul{margin:4px 0 2px;padding-left:18px}
.rewrite{margin-top:10px;background:#f3f8f4;border:1px solid #cfe6d6;border-radius:8px;padding:10px 14px}
.rewrite .rl{display:flex;justify-content:space-between;gap:8px;align-items:center;font-size:13px;font-weight:650;color:#1f5c36}
.rewrite .rt{white-space:pre-wrap;overflow-wrap:anywhere;margin-top:4px}
.rewrite button{font:inherit;font-size:12.5px;border:1px solid #9ccdad;background:#fff;border-radius:6px;padding:2px 10px;cursor:pointer;color:#1f5c36}
.empty{display:none;text-align:center;color:var(--muted);padding:30px}
.tablewrap{overflow-x:auto;border-radius:10px}
table.read{width:100%;border-collapse:collapse;font-size:13.5px;background:var(--card);border:1px solid var(--line);border-radius:10px;overflow:hidden}
table.read th,table.read td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}
table.read th{background:#f7f8fa;font-weight:600;color:var(--muted)}
table.read td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.read code{font-size:12.5px;overflow-wrap:anywhere}
table.read td:first-child{max-width:360px}
.bad{color:var(--high);font-weight:650}
.tech{font-size:12.5px;color:var(--muted)}
.tech li{margin:2px 0}
footer{color:var(--muted);font-size:12.5px;padding:10px 0 40px}
[hidden]{display:none!important}
@media (max-width:760px){.cards{grid-template-columns:repeat(2,1fr)}.charts{grid-template-columns:1fr}.phead a{margin-left:0}}
@media (max-width:520px){.wrap{padding:0 12px}header.top h1{font-size:22px}article.post{padding:12px 12px 10px}.text{padding:8px 10px}ol.findings>li{grid-template-columns:1.2em 1fr}.card .n{font-size:26px}svg .axis{font-size:18px}table.read th,table.read td{padding:6px}}
@media print{.filters{display:none}body{background:#fff}article.post{break-inside:avoid}header.top{background:#fff;color:#000}}
)CSS";

// "#list.xc-identifier li[data-cat=identifier]{opacity:.35}" for every category.
std::string CategoryDimCss() {
  std::string css;
  for (const char* c : kCategories)
    css += std::string(css.empty() ? "" : ",") + "#list.xc-" + c + " li[data-cat=" + c + "]";
  return css + "{opacity:.35}\n";
}

const char kScript[] = R"JS(
(function(){
var posts=[].slice.call(document.querySelectorAll('article.post'));
var list=document.getElementById('list');
if(!list)return;
var state={action:{},sev:{},cat:{},month:'',q:''};
[].forEach.call(document.querySelectorAll('[data-filter]'),function(b){state[b.dataset.filter][b.dataset.value]=true;});
posts.forEach(function(p){p._pairs=p.dataset.fc.split(' ');p._text=p.querySelector('.text').textContent.toLowerCase();});
var counter=document.getElementById('count'),empty=document.getElementById('empty');
var monthChip=document.getElementById('monthchip');
function apply(){
  var shown=0;
  posts.forEach(function(p){
    var ok=state.action[p.dataset.action]&&(!state.month||p.dataset.month===state.month)&&(!state.q||p._text.indexOf(state.q)>=0);
    if(ok){ok=p._pairs.some(function(x){var s=x.split(':');return state.sev[s[0]]&&state.cat[s[1]];});}
    if(p.hidden===ok)p.hidden=!ok;
    if(ok)shown++;
  });
  // Findings outside the filters are dimmed by CSS classes on the list.
  var cls=[];
  Object.keys(state.sev).forEach(function(k){if(!state.sev[k])cls.push('xs-'+k);});
  Object.keys(state.cat).forEach(function(k){if(!state.cat[k])cls.push('xc-'+k);});
  cls=['list'].concat(list.classList.contains('many')?['many']:[]).concat(cls).join(' ');if(list.className!==cls)list.className=cls;
  counter.textContent=counter.dataset.pattern.replace('%s',shown.toLocaleString(document.documentElement.lang)).replace('%s',posts.length.toLocaleString(document.documentElement.lang));
  empty.style.display=shown?'none':'block';
  [].forEach.call(document.querySelectorAll('[data-filter]'),function(b){b.setAttribute('aria-pressed',state[b.dataset.filter][b.dataset.value]?'true':'false');});
  [].forEach.call(document.querySelectorAll('button.cat'),function(b){b.classList.toggle('off',!state.cat[b.dataset.value]);});
  [].forEach.call(document.querySelectorAll('svg .mbar'),function(g){g.classList.toggle('sel',g.dataset.month===state.month);});
  monthChip.style.display=state.month?'inline-block':'none';
  if(state.month)document.getElementById('monthname').textContent=document.querySelector('svg .mbar[data-month="'+state.month+'"]').dataset.label;
}
document.addEventListener('click',function(e){
  var b=e.target.closest('[data-filter]');
  if(b){var s=state[b.dataset.filter];s[b.dataset.value]=!s[b.dataset.value];apply();return;}
  var c=e.target.closest('button.cat');
  if(c){var all=Object.keys(state.cat),only=all.every(function(k){return state.cat[k]===(k===c.dataset.value);});
    all.forEach(function(k){state.cat[k]=only?true:k===c.dataset.value;});apply();list.scrollIntoView({behavior:'smooth'});return;}
  var m=e.target.closest('svg .mbar');
  if(m){state.month=state.month===m.dataset.month?'':m.dataset.month;apply();if(state.month)list.scrollIntoView({behavior:'smooth'});return;}
  if(e.target.closest('#monthclear')){state.month='';apply();return;}
  if(e.target.closest('button.reset')){['action','sev','cat'].forEach(function(k){Object.keys(state[k]).forEach(function(v){state[k][v]=true;});});state.month='';state.q='';document.getElementById('q').value='';apply();return;}
  var cp=e.target.closest('button.copy');
  if(cp){var t=cp.closest('.rewrite').querySelector('.rt');var done=function(){cp.textContent=cp.dataset.done;};
    if(navigator.clipboard&&navigator.clipboard.writeText){navigator.clipboard.writeText(t.textContent).then(done,function(){sel(t);});}else{sel(t);}}
});
function sel(el){var r=document.createRange();r.selectNodeContents(el);var s=window.getSelection();s.removeAllRanges();s.addRange(r);try{document.execCommand('copy');}catch(x){}}
document.addEventListener('keydown',function(e){var m=e.target.closest&&e.target.closest('svg .mbar');if(m&&(e.key==='Enter'||e.key===' ')){e.preventDefault();m.dispatchEvent(new MouseEvent('click',{bubbles:true}));}});
var timer=0;document.getElementById('q').addEventListener('input',function(e){clearTimeout(timer);var v=e.target.value.trim().toLowerCase();timer=setTimeout(function(){state.q=v;apply();},posts.length>300?200:0);});
document.getElementById('sort').addEventListener('change',function(e){
  var v=e.target.value,sorted=posts.slice();
  sorted.sort(function(a,b){var ta=+a.dataset.t,tb=+b.dataset.t;
    if(v==='new')return tb-ta;if(v==='old')return ta-tb;return (+b.dataset.score-+a.dataset.score)||(tb-ta);});
  sorted.forEach(function(p){list.appendChild(p);});list.appendChild(empty);
});
list.addEventListener('mouseover',function(e){var li=e.target.closest('ol.findings>li');if(!li)return;var n=li.dataset.n;
  [].forEach.call(li.closest('article').querySelectorAll('mark'),function(m){m.classList.toggle('on',(' '+m.dataset.f+' ').indexOf(' '+n+' ')>=0);});});
list.addEventListener('mouseout',function(e){var li=e.target.closest('ol.findings>li');if(!li)return;
  [].forEach.call(li.closest('article').querySelectorAll('mark.on'),function(m){m.classList.remove('on');});});
document.addEventListener('toggle',function(e){var d=e.target;
  if(d.matches&&d.matches('details.why')&&d.open&&!d.dataset.filled){var t=document.getElementById('why-'+d.dataset.k);
    if(t){d.appendChild(t.content.cloneNode(true));d.dataset.filled='1';}}},true);
apply();
})();
)JS";

// Findings per month, stacked by severity, as inline SVG. Months from the first dated post to
// the last; a click on a month filters the list.
std::string MonthChart(const Words& w, const AuditResult& r) {
  std::map<std::string, std::array<size_t, 3>> per;
  std::map<std::string, size_t> posts_per;
  std::string first, last;
  for (const Audited& a : r.posts) {
    std::string key = MonthKey(a.post->time);
    if (key.empty()) continue;
    if (first.empty() || key < first) first = key;
    if (last.empty() || key > last) last = key;
    ++posts_per[key];
    for (const Finding& f : a.report.findings) ++per[key][static_cast<int>(f.severity)];
  }
  if (first.empty()) return "<p class=\"note\">" + std::string(w.dated_none) + "</p>";
  std::vector<std::string> months;
  int y = std::atoi(first.substr(0, 4).c_str()), m = std::atoi(first.substr(5, 2).c_str());
  for (int guard = 0; guard < 1200; ++guard) {
    char key[8];
    std::snprintf(key, sizeof key, "%04d-%02d", y, m);
    months.push_back(key);
    if (key == last) break;
    if (++m > 12) m = 1, ++y;
  }
  size_t max = 0;
  for (const auto& [k, v] : per) max = std::max(max, v[0] + v[1] + v[2]);
  // A round top for the scale, with an integer half: 1, 2, 4, 6, 8, 10, 20, 30, 40, 50, 60, 80...
  size_t top = 1;
  for (size_t scale = 1; top < max; scale *= 10) {
    for (size_t m : {1, 2, 4, 6, 8}) {
      top = m * scale;
      if (top >= max) break;
    }
    if (top >= max) break;
    top = 10 * scale;
  }
  const double W = 640, H = 200, L = 30, R = 4, T = 10, B = 36;
  double pw = W - L - R, ph = H - T - B;
  double step = pw / static_cast<double>(months.size());
  double bw = std::min(26.0, std::max(1.2, step * 0.72));
  char buf[512];
  std::string svg = "<svg class=\"months\" viewBox=\"0 0 640 200\" role=\"img\" aria-label=\"" +
                    Html(w.chart_month) + "\">";
  for (int g = 0; g <= 2; ++g) {
    if (g == 1 && top % 2) continue;  // no half of an odd top
    double gy = T + ph - ph * g / 2.0;
    std::snprintf(buf, sizeof buf,
                  "<line class=\"grid\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>"
                  "<text class=\"axis\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                  L, W - R, gy, gy, L - 5, gy + 4,
                  Num(w, top * static_cast<size_t>(g) / 2).c_str());
    svg += buf;
  }
  // Labels: each month (and the year under January and the first month) when there are few;
  // else the years, at most about twelve of them.
  bool every = months.size() <= 24;
  size_t years = months.size() / 12 + 1, year_step = 1;
  while (years / year_step > 12) ++year_step;
  for (size_t i = 0; i < months.size(); ++i) {
    const std::string& key = months[i];
    int mm = std::atoi(key.substr(5, 2).c_str());
    int yy = std::atoi(key.substr(0, 4).c_str());
    double x0 = L + step * static_cast<double>(i), cx = x0 + step / 2;
    if (every) {
      if (step >= 22 || i % 2 == 0) {
        std::snprintf(buf, sizeof buf,
                      "<text class=\"axis\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
                      cx, H - B + 15, Html(w.months_short[mm - 1]).c_str());
        svg += buf;
      }
      if (mm == 1 || i == 0) {
        std::snprintf(buf, sizeof buf,
                      "<text class=\"axis year\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%d</text>",
                      i == 0 ? x0 : cx, H - 4, i == 0 ? "start" : "middle", yy);
        svg += buf;
      }
    } else if ((mm == 1 && (yy % static_cast<int>(year_step)) == 0) || (i == 0 && mm <= 6)) {
      std::snprintf(buf, sizeof buf,
                    "<line class=\"tick\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>"
                    "<text class=\"axis year\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"start\">%d</text>",
                    x0, x0, T + ph, T + ph + 8, x0 + 2, H - B + 18, yy);
      svg += buf;
    }
    auto it = per.find(key);
    if (it == per.end()) continue;
    const auto& v = it->second;
    size_t total = v[0] + v[1] + v[2];
    if (!total) continue;
    std::string tip = Fmt(w.tip_month, {MonthLabel(w, key), Plural(w, total, w.finding, w.findings)});
    std::string detail;
    for (int s = 2; s >= 0; --s)
      if (v[s]) detail += (detail.empty() ? "" : ", ") + Num(w, v[s]) + " " + w.severity_long[s];
    tip += " (" + detail + ") — " + Plural(w, posts_per[key], w.post, w.posts);
    svg += "<g class=\"mbar\" tabindex=\"0\" data-month=\"" + key + "\" data-label=\"" +
           Html(MonthLabel(w, key)) + "\"><title>" + Html(tip) + "</title>";
    std::snprintf(buf, sizeof buf,
                  "<rect class=\"hit\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
                  L + step * static_cast<double>(i), T, step, ph);
    svg += buf;
    double x = cx - bw / 2, base = T + ph;
    for (int s = 2; s >= 0; --s) {  // high at the bottom
      if (!v[s]) continue;
      double h = ph * static_cast<double>(v[s]) / static_cast<double>(top);
      base -= h;
      std::snprintf(buf, sizeof buf,
                    "<rect class=\"v r-%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
                    SevId(static_cast<Severity>(s)), x, base, bw, h);
      svg += buf;
    }
    svg += "</g>";
  }
  svg += "</svg>";
  svg += "<div class=\"keys\"><span><i class=\"b-high\"></i>" + std::string(w.severity[2]) +
         "</span><span><i class=\"b-medium\"></i>" + w.severity[1] +
         "</span><span><i class=\"b-low\"></i>" + w.severity[0] + "</span></div>";
  return svg;
}

std::string CategoryChart(const Words& w, const std::array<std::array<size_t, 3>, 10>& per_cat) {
  size_t max = 0;
  for (const auto& c : per_cat) max = std::max(max, c[0] + c[1] + c[2]);
  std::vector<int> order;
  for (int i = 0; i < 10; ++i)
    if (per_cat[i][0] + per_cat[i][1] + per_cat[i][2]) order.push_back(i);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    auto t = [&](int i) { return per_cat[i][0] + per_cat[i][1] + per_cat[i][2]; };
    return t(a) > t(b);
  });
  std::string out;
  char pct[32];
  for (int i : order) {
    size_t total = per_cat[i][0] + per_cat[i][1] + per_cat[i][2];
    out += "<button class=\"cat\" type=\"button\" data-value=\"" + std::string(kCategories[i]) +
           "\" title=\"" + Html(w.category[i]) + "\"><span>" + Html(w.category[i]) +
           "</span><span class=\"bar\">";
    for (int s = 2; s >= 0; --s) {
      if (!per_cat[i][s]) continue;
      std::snprintf(pct, sizeof pct, "%.2f", 100.0 * static_cast<double>(per_cat[i][s]) /
                                                 static_cast<double>(max));
      out += "<span class=\"b-" + std::string(SevId(static_cast<Severity>(s))) +
             "\" style=\"width:" + pct + "%\"></span>";
    }
    out += "</span><span class=\"c\">" + Num(w, total) + "</span></button>";
  }
  return out;
}

std::string FileTable(const Words& w, const Export& e) {
  std::string out = "<div class=\"tablewrap\"><table class=\"read\"><thead><tr><th>" + std::string(w.th_file) + "</th><th>" +
                    w.th_what + "</th><th class=\"n\">" + w.th_records + "</th><th class=\"n\">" +
                    w.th_audited + "</th><th>" + w.th_skipped + "</th></tr></thead><tbody>";
  for (const FileLog& f : e.files) {
    std::string what = f.site == "x" ? w.what_x : f.site == "facebook" ? w.what_fb : w.what_li;
    what[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(what[0])));
    std::string kinds;
    std::map<std::string, size_t> per_kind;
    for (const Post& p : e.posts)
      if (p.file == f.path) ++per_kind[p.kind];
    for (const auto& [k, n] : per_kind)
      kinds += (kinds.empty() ? "" : ", ") + Num(w, n) + " × " + KindName(w, f.site, k);
    std::string skipped;
    for (int s = 0; s < static_cast<int>(Skip::kCount); ++s) {
      if (!f.skipped[s]) continue;
      std::string item = Num(w, f.skipped[s]) + " " + w.skip[s][f.skipped[s] == 1 ? 0 : 1];
      if (s == static_cast<int>(Skip::kDamaged)) item = "<span class=\"bad\">" + item + "</span>";
      skipped += (skipped.empty() ? "" : "<br>") + item;
    }
    std::string extra;
    if (f.merged) extra += "<br>" + Num(w, f.merged) + " " + w.merged[f.merged == 1 ? 0 : 1];
    if (f.repaired)
      extra += "<br>" + Num(w, f.repaired) + " " +
               (f.repaired_how == "cp1252" ? w.repaired_cp1252 : w.repaired_mojibake);
    if (f.no_date) extra += "<br>" + Num(w, f.no_date) + " " + w.no_date;
    out += "<tr><td><code>" + Html(f.path) + "</code></td><td>" + Html(what) +
           (kinds.empty() ? "" : "<br><span class=\"tech\">" + Html(kinds) + "</span>") + extra +
           "</td><td class=\"n\">" + (f.failed && !f.records ? "—" : Num(w, f.records)) +
           "</td><td class=\"n\">" + Num(w, f.posts) + "</td><td>" +
           (f.failed && !f.posts ? "<span class=\"bad\">" + std::string(w.not_read) + "</span>" +
                                       (skipped.empty() ? "" : "<br>")
                                 : "") +
           (skipped.empty() && !f.failed ? "—" : skipped) + "</td></tr>";
  }
  out += "</tbody></table></div>";
  if (e.ignored_files)
    out += "<p class=\"note\">" + Html(Fmt(w.ignored[e.ignored_files == 1 ? 0 : 1], {Num(w, e.ignored_files)})) + "</p>";
  std::string tech;
  for (const std::string& n : e.notes) tech += "<li>" + Html(n) + "</li>";
  for (const FileLog& f : e.files)
    for (const std::string& msg : f.warnings)
      tech += "<li><code>" + Html(f.path) + "</code> : " + Html(msg) + "</li>";
  if (!tech.empty())
    out += "<details class=\"tech\"" + std::string(e.Skipped(Skip::kDamaged) ||
                                                 std::any_of(e.files.begin(), e.files.end(),
                                                             [](const FileLog& f) { return f.failed; })
                                             ? " open"
                                             : "") +
           "><summary>" + w.technical + "</summary><ul>" + tech + "</ul></details>";
  return out;
}

}  // namespace

std::string RenderHtmlReport(const AuditResult& r) {
  const Words& w = r.ui_lang == "fr" ? kFr : kEn;
  const Export& e = *r.data;
  std::string out;
  out.reserve(64 * 1024 + r.posts.size() * 64);

  // Tallies.
  size_t actions[4] = {0, 0, 0, 0};
  size_t sev_posts[3] = {0, 0, 0};
  std::array<size_t, 10> cat_posts{};
  std::array<std::array<size_t, 3>, 10> per_cat{};
  int64_t tmin = kNoTime, tmax = kNoTime;
  for (const Audited& a : r.posts) {
    ++actions[static_cast<int>(a.action)];
    int64_t t = a.post->time;
    if (t != kNoTime) {
      if (tmin == kNoTime || t < tmin) tmin = t;
      if (tmax == kNoTime || t > tmax) tmax = t;
    }
    bool sev_seen[3] = {false, false, false};
    bool cat_seen[10] = {};
    for (const Finding& f : a.report.findings) {
      int c = CategoryIndex(f.category);
      int s = static_cast<int>(f.severity);
      sev_seen[s] = true;
      if (c >= 0) {
        cat_seen[c] = true;
        ++per_cat[c][s];
      }
    }
    for (int s = 0; s < 3; ++s) sev_posts[s] += sev_seen[s];
    for (int c = 0; c < 10; ++c) cat_posts[c] += cat_seen[c];
  }
  size_t flagged = actions[1] + actions[2] + actions[3];
  size_t damaged = e.Skipped(Skip::kDamaged);

  out += "<!doctype html>\n<html lang=\"" + std::string(w.html_lang) + "\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
         "base-uri 'none'; form-action 'none'\">"
         "<meta name=\"referrer\" content=\"no-referrer\">"
         "<meta name=\"robots\" content=\"noindex\">"
         "<title>" + Html(w.title) + "</title><style>" + kCss + CategoryDimCss() + "</style></head><body>\n";

  // Header.
  std::string sites;
  for (const std::string& s : e.sites) {
    std::string name = s == "x" ? w.what_x : s == "facebook" ? w.what_fb : w.what_li;
    sites += (sites.empty() ? "" : " + ") + name;
  }
  if (!sites.empty()) sites[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(sites[0])));
  std::string sub = sites + (e.account.empty() ? "" : " " + std::string(w.of) + " " + e.account);
  sub += " · " + Plural(w, r.posts.size(), w.post, w.posts);
  if (tmin != kNoTime) sub += " · " + Fmt(w.from_to, {LongDate(w, tmin), LongDate(w, tmax)});
  out += "<header class=\"top\"><div class=\"wrap\"><div class=\"brand\"><span class=\"logo\">S</span>"
         "Secretum</div><h1>" + Html(w.h1) + "</h1><div class=\"sub\">" + Html(sub) +
         "</div><div class=\"privacy\">" + kLock + "<span>" + Html(w.privacy) +
         "</span></div></div></header>\n<main class=\"wrap\">\n";

  std::string unreadable;
  size_t unreadable_n = 0;
  for (const FileLog& f : e.files)
    if (f.failed) unreadable += (unreadable_n++ ? ", " : "") + f.path;
  if (!unreadable.empty())
    out += "<div class=\"alert\" role=\"alert\">⚠ " +
           Html(Fmt(w.unreadable_alert[unreadable_n == 1 ? 0 : 1], {unreadable})) +
           "</div>";
  if (damaged)
    out += "<div class=\"alert\" role=\"alert\">⚠ " + Html(Fmt(w.damaged_alert[damaged == 1 ? 0 : 1], {Num(w, damaged)})) +
           "</div>";

  // Summary.
  out += "<section class=\"summary\">";
  if (r.posts.empty()) {
    out += "<div class=\"alert\">" + Html(w.empty) + "</div>";
  } else if (!flagged) {
    out += "<div class=\"ok\">✓ " + Html(Fmt(w.all_clear, {Num(w, r.posts.size())})) + "</div>";
  } else {
    out += "<div class=\"cards\"><div class=\"card all\"><div class=\"n\">" + Num(w, flagged) +
           "</div><div class=\"l\">" + Html(Fmt(w.flagged, {Num(w, r.posts.size())})) +
           "</div></div>";
    const char* cls[4] = {"", "keep", "edit", "del"};
    for (int a = 3; a >= 1; --a)
      out += "<div class=\"card " + std::string(cls[a]) + "\"><div class=\"n\">" +
             Num(w, actions[a]) + "</div><div class=\"l\">" + Html(w.action_count[a]) +
             "</div></div>";
    out += "</div><ul class=\"legend\">";
    for (int a = 3; a >= 1; --a)
      out += "<li><span class=\"badge a-" + std::string(ActionName(static_cast<Action>(a))) +
             "\">" + Html(w.action[a]) + "</span> " + Html(w.legend[a]) + "</li>";
    out += "</ul><p class=\"note\">" + Html(w.copies);
    if (std::find(e.sites.begin(), e.sites.end(), "facebook") != e.sites.end())
      out += " " + Html(w.fb_find);
    out += "</p>";
  }
  out += "</section>\n";

  if (flagged) {
    // Charts.
    out += "<section class=\"charts\"><div class=\"panel\"><h2>" + Html(w.chart_month) + "</h2>" +
           MonthChart(w, r) + "</div><div class=\"panel\"><h2>" + Html(w.chart_category) +
           "</h2>" + CategoryChart(w, per_cat) + "</div></section>\n";

    // Filters.
    out += "<div class=\"filters\" role=\"region\" aria-label=\"" + Html(w.filters) +
           "\"><div class=\"frow\"><div class=\"fgroup\"><span>" + Html(w.f_action) + "</span>";
    for (int a = 3; a >= 1; --a) {
      if (!actions[a]) continue;
      std::string id = ActionName(static_cast<Action>(a));
      out += "<button type=\"button\" class=\"chip a-" + id + "\" data-filter=\"action\" data-value=\"" +
             id + "\" aria-pressed=\"true\">" + Html(w.action[a]) + "<span class=\"k\">" +
             Num(w, actions[a]) + "</span></button>";
    }
    out += "</div><div class=\"fgroup\"><span>" + Html(w.f_severity) + "</span>";
    for (int s = 2; s >= 0; --s) {
      if (!sev_posts[s]) continue;
      std::string id = SevId(static_cast<Severity>(s));
      out += "<button type=\"button\" class=\"chip s-" + id + "\" data-filter=\"sev\" data-value=\"" +
             id + "\" aria-pressed=\"true\">" + Html(w.severity[s]) + "<span class=\"k\">" +
             Num(w, sev_posts[s]) + "</span></button>";
    }
    out += "</div><div class=\"fgroup\"><span>" + Html(w.f_category) + "</span>";
    for (int c = 0; c < 10; ++c) {
      if (!cat_posts[c]) continue;
      out += "<button type=\"button\" class=\"chip\" data-filter=\"cat\" data-value=\"" +
             std::string(kCategories[c]) + "\" aria-pressed=\"true\">" + Html(w.category[c]) +
             "<span class=\"k\">" + Num(w, cat_posts[c]) + "</span></button>";
    }
    out += "</div></div><div class=\"frow2\"><input type=\"search\" id=\"q\" placeholder=\"" +
           Html(w.search) + "\" aria-label=\"" + Html(w.search) + "\"><span class=\"monthchip\" id=\"monthchip\">" +
           Html(w.month_chip) + " : <b id=\"monthname\"></b><button type=\"button\" id=\"monthclear\" aria-label=\"×\">×</button></span>"
           "<label class=\"count\">" + Html(w.sort) + " <select id=\"sort\"><option value=\"serious\">" +
           Html(w.sort_serious) + "</option><option value=\"new\">" + Html(w.sort_new) +
           "</option><option value=\"old\">" + Html(w.sort_old) +
           "</option></select></label><span class=\"count\" id=\"count\" data-pattern=\"" +
           Html(w.shown_of) + "\"></span><button type=\"button\" class=\"reset\">" + Html(w.reset) +
           "</button></div></div>\n";

    // Posts: the most serious first (action, then high / medium / low counts), newest first.
    std::vector<const Audited*> shown;
    for (const Audited& a : r.posts)
      if (a.action != Action::kNone) shown.push_back(&a);
    auto score = [](const Audited* a) {
      size_t h = std::min<size_t>(99, a->report.Count(Severity::kHigh));
      size_t m = std::min<size_t>(99, a->report.Count(Severity::kMedium));
      size_t l = std::min<size_t>(99, a->report.Count(Severity::kLow));
      return static_cast<long long>(a->action) * 1000000 + static_cast<long long>(h * 10000 + m * 100 + l);
    };
    std::stable_sort(shown.begin(), shown.end(), [&](const Audited* a, const Audited* b) {
      long long sa = score(a), sb = score(b);
      if (sa != sb) return sa > sb;
      return a->post->time > b->post->time;
    });
    std::map<std::string, size_t> why_ids;
    std::vector<const std::string*> why_bodies;
    // Long lists: the browser skips the layout of the posts out of view.
    out += std::string("<section class=\"list") + (shown.size() > 150 ? " many" : "") +
           "\" id=\"list\">";
    for (const Audited* a : shown) {
      const Post& p = *a->post;
      const Report& rep = a->report;
      std::string action = ActionName(a->action);
      std::string pairs;
      std::set<std::string> seen;
      for (const Finding& f : rep.findings) {
        std::string pair = std::string(SevId(f.severity)) + ":" + f.category;
        if (seen.insert(pair).second) pairs += (pairs.empty() ? "" : " ") + pair;
      }
      out += "<article class=\"post a-" + action + "\" data-action=\"" + action + "\" data-fc=\"" +
             pairs + "\" data-month=\"" + MonthKey(p.time) + "\" data-t=\"" +
             std::to_string(p.time == kNoTime ? 0 : p.time) + "\" data-score=\"" +
             std::to_string(score(a)) + "\">";
      // Head: action, date, where, link.
      std::string where = KindName(w, p.site, p.kind);
      if (!p.context.empty()) {
        if (p.kind == "reply") where += " " + std::string(w.reply_to) + " " + p.context;
        else if (p.site == "facebook" && p.kind != "post") where += " — " + p.context;
      }
      out += "<div class=\"phead\"><span class=\"badge a-" + action + "\">" +
             Html(w.action[static_cast<int>(a->action)]) + "</span><time datetime=\"" +
             IsoTime(p.time) + "\">" + Html(LongDate(w, p.time)) + "</time><span>" + Html(where) +
             "</span>";
      if (!p.url.empty())
        out += "<a href=\"" + Html(p.url) + "\" target=\"_blank\" rel=\"noopener noreferrer\">" +
               Html(w.open_on) + " " + SiteName(p.site) + " ↗</a>";
      else
        out += "<span class=\"nolink\" title=\"" + Html(p.site == "facebook" ? w.fb_find : w.no_link) +
               "\">" + Html(p.site == "facebook" ? w.fb_nolink : w.no_link) + "</span>";
      out += "</div>";
      const char* reason = w.reason_low;
      if (a->action_reason == "high") reason = w.reason_high;
      else if (a->action_reason == "high_confidential") reason = w.reason_high_confidential;
      else if (a->action_reason == "confidential_history") reason = w.reason_history;
      else if (a->action_reason == "confidential_no_edit") reason = w.reason_no_edit;
      else if (a->action_reason == "medium") reason = p.site == "x" ? w.reason_medium_x : w.reason_medium;
      out += "<p class=\"reason\">" + Html(reason) + "</p>";
      out += "<div class=\"text\">" + Highlighted(rep) + "</div><ol class=\"findings\">";
      for (size_t i = 0; i < rep.findings.size(); ++i) {
        const Finding& f = rep.findings[i];
        int c = CategoryIndex(f.category);
        int s = static_cast<int>(f.severity);
        out += "<li data-n=\"" + std::to_string(i + 1) + "\" data-sev=\"" + SevId(f.severity) +
               "\" data-cat=\"" + Html(f.category) + "\"><span class=\"fn\">" + std::to_string(i + 1) +
               "</span><div><div class=\"ftop\"><span class=\"sev " + SevId(f.severity) + "\">" +
               Html(w.severity[s]) + "</span><span class=\"msg\">" + Html(f.message) +
               "</span><span class=\"quote\">« " + Html(f.text) + " »</span>" +
               (c >= 0 ? "<span class=\"catname\">" + Html(w.category[c]) + "</span>" : "") +
               "</div>";
        if (!f.suggestion.empty() || !f.replacement.empty()) {
          out += "<div class=\"fix\">" + Html(f.suggestion);
          if (!f.replacement.empty() && f.suggestion.find(f.replacement) == std::string::npos)
            out += " <span class=\"repl\">" + Html(w.replace_with) + " <q>" + Html(f.replacement) + "</q></span>";
          out += "</div>";
        }
        if (!f.why.empty() || !f.sources.empty()) {
          // Explanations repeat from post to post: each distinct one is written once, in a
          // <template>, and put into its <details> when opened.
          std::string body = "<p>" + Html(f.why) + "</p>";
          if (!f.sources.empty()) {
            body += "<div>" + Html(w.rules) + "</div><ul>";
            for (const Source& src : f.sources)
              body += "<li>" + (src.url.empty() ? Html(src.title)
                                                : "<a href=\"" + Html(src.url) +
                                                      "\" target=\"_blank\" rel=\"noopener noreferrer\">" +
                                                      Html(src.title) + "</a>") + "</li>";
            body += "</ul>";
          }
          auto [it, added] = why_ids.emplace(body, why_ids.size());
          if (added) why_bodies.push_back(&it->first);
          out += "<details class=\"why\" data-k=\"" + std::to_string(it->second) + "\"><summary>" +
                 Html(w.why) + "</summary></details>";
        }
        out += "</div></li>";
      }
      out += "</ol>";
      std::string rewrite = a->action >= Action::kEdit ? Rewrite(rep) : "";
      if (!rewrite.empty())
        out += "<div class=\"rewrite\"><div class=\"rl\"><span>" + Html(w.rewrite) +
               "</span><button type=\"button\" class=\"copy\" data-done=\"" + Html(w.copied) + "\">" +
               Html(w.copy) + "</button></div><div class=\"rt\">" + Html(rewrite) + "</div></div>";
      out += "</article>\n";
    }
    out += "<div class=\"empty\" id=\"empty\">" + Html(w.none_shown) + "</div></section>\n";
    for (size_t k = 0; k < why_bodies.size(); ++k)
      out += "<template id=\"why-" + std::to_string(k) + "\">" + *why_bodies[k] + "</template>\n";
  }

  // What was read.
  out += "<section><h2>" + Html(w.read_title) + "</h2>" + FileTable(w, e) + "</section>\n";
  std::string generated = r.generated_at;
  Ymd d;
  int64_t now = std::time(nullptr);
  if (ToYmd(now, &d)) {
    char hm[8];
    std::snprintf(hm, sizeof hm, "%02d:%02d", d.hh, d.mm);
    generated = LongDate(w, now) + (w.html_lang[0] == 'f' ? " à " : " at ") + hm;
  }
  out += "</main><footer class=\"wrap\">" + Html(Fmt(w.footer, {generated})) + " " + Html(w.rules_of) +
         (w.html_lang[0] == 'f' ? " : " : ": ") + Html(JurisdictionName(w, r.jurisdiction)) + ".</footer>";
  if (flagged) out += "<script>" + std::string(kScript) + "</script>";
  out += "</body></html>\n";
  return out;
}

}  // namespace secretum::cli::audit
