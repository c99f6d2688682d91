// What the options page shows for each rule: its category, severity and human-readable title in
// French and English, read at build time from the rule files the engine compiles in (rules/).
// The engine's own API gives rule ids only (analyzer.ruleIds()); the background joins the two and
// falls back to the id for a rule missing here.
// Output: { [id]: { category, severity, signal, title: { fr, en }, description: { fr?, en? }, example: { fr?, en? } } }.
// Titles: the rule's `message`, else for a re-identification signal (`signal: KIND`) "clue: <kind
// label of reidentification-model.json>", else the category's message (rules/categories.json);
// the statistical layer's ids ("model-<category>", model/classifier-model.json): the category's
// message and "(statistical model)".
// What tells rules with the same title apart ("Nom d'une patiente" is the title of ~20 rules):
// the rule's `description` (written in English for most rules, in French for a few: filed under
// the language it is written in) and its first `examples.fire` post in each language, cut to
// ~110 characters around what the rule matched: { before, match, after }.
import fs from 'node:fs';
import path from 'node:path';

const CLUE = { fr: 'Indice de ré-identification : ', en: 'Re-identification clue: ' };
const STATISTICAL = { fr: 'modèle statistique', en: 'statistical model' };
const STATISTICAL_DESCRIPTION = {
  fr: 'Repéré par le modèle statistique, sans règle précise : le ton ou les mots du message ressemblent à des messages de cette catégorie.',
  en: 'Found by the statistical model, not by a specific rule: the wording of the post resembles posts of this category.',
};
const RISK_DESCRIPTION = {
  fr: 'Plusieurs détails (âge, lieu, date, métier, maladie rare, évènement) qui, ensemble, rendent un patient reconnaissable.',
  en: 'Several details (age, place, date, occupation, rare condition, event) that together make a patient recognizable.',
};

const FR_WORDS = new Set(['le', 'la', 'les', 'de', 'du', 'des', 'un', 'une', 'et', 'est', 'en', 'au', 'aux', 'pour', 'dans', 'sur', 'avec',
  'pas', 'qui', 'que', 'ce', 'cette', 'ses', 'son', 'sa', 'mon', 'ma', 'mes', 'nous', 'vous', 'il', 'elle', 'je', 'ans', 'chez', 'très',
  'mme', 'madame', 'monsieur', 'chambre', 'lit', 'matin', 'soir', 'nuit', 'hier', 'merci', 'notre', 'nos', 'votre', 'vos', 'ou', 'mais']);
// Not 'a', 'on', 'i' (French words too, or what "91a" leaves).
const EN_WORDS = new Set(['the', 'an', 'and', 'of', 'to', 'is', 'in', 'for', 'with', 'my', 'our', 'his', 'her', 'this', 'that',
  'was', 'at', 'from', 'who', 'you', 'your', 'we', 'it', 'he', 'she', 'be', 'mr', 'mrs', 'ms', 'room', 'bed', 'night', 'morning', 'just', 'today', 'after', 'out', 'as', 'by', 'or',
  'not', 'its', 'their', 'when', 'are', 'into', 'than', 'used', 'such', 'any', 'one', 'someone']);

/** 'fr' | 'en': a guess from function words and French letters (examples and descriptions carry no language). */
export function guessLang(text, { letters = true } = {}) {
  const words = text.toLowerCase().split(/[^a-zàâçéèêëîïôûùüÿœæ]+/u).filter(Boolean);
  let fr = letters ? (text.match(/[àâçéèêëîïôûùœ]/giu) ?? []).length : 0;
  let en = 0;
  for (const w of words) { if (FR_WORDS.has(w)) fr += 2; if (EN_WORDS.has(w)) en += 2; }
  return fr > en ? 'fr' : 'en';
}

/** The language a description is written in: its quoted samples ('prenez rendez-vous', "no side effects") left out. */
export function descriptionLang(text) {
  return guessLang(text.replace(/(?<!\p{L})['"«“‘][^"»”’]*?['"»”’](?!\p{L})/gu, ' ').replace(/\([^)]*\)/g, ' '), { letters: false });
}

const EXAMPLE_MAX = 110;
/** One fire example ({ text, match } or a string) as { before, match, after }, cut around the match. */
export function exampleParts(ex) {
  const text = (typeof ex === 'string' ? ex : ex?.text ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const m = typeof ex === 'object' && ex.match ? ex.match.replace(/\s+/g, ' ') : '';
  let at = m ? text.indexOf(m) : -1;
  if (at < 0) return cut({ before: '', match: '', after: text });
  return cut({ before: text.slice(0, at), match: m, after: text.slice(at + m.length) });
}
function cut({ before, match, after }) {
  const room = Math.max(0, EXAMPLE_MAX - match.length);
  let b = before;
  let a = after;
  if (b.length + a.length > room) {
    const keepBefore = Math.min(b.length, Math.max(Math.floor(room * 0.4), room - a.length));
    if (b.length > keepBefore) b = '…' + b.slice(b.length - keepBefore).replace(/^\S*\s/, '');
    const keepAfter = Math.max(0, room - b.length);
    if (a.length > keepAfter) a = a.slice(0, keepAfter).replace(/\s\S*$/, '') + '…';
  }
  return { before: b, match, after: a };
}

/** { fr?, en? }: the rule's first fire example in each language. */
function examplesByLang(rule) {
  const out = {};
  const fire = Array.isArray(rule.examples?.fire) ? rule.examples.fire : [];
  const only = Array.isArray(rule.lang) && rule.lang.length === 1 ? rule.lang[0] : null;
  for (const ex of fire) {
    const text = typeof ex === 'string' ? ex : ex?.text;
    if (!text) continue;
    const lang = only ?? guessLang(text);
    if (!out[lang]) out[lang] = exampleParts(ex);
  }
  return out;
}

/** @param {string} rulesDir the repository's rules/ directory */
export function ruleMeta(rulesDir) {
  const read = (p) => JSON.parse(fs.readFileSync(path.join(rulesDir, p), 'utf8'));
  const categories = read('categories.json').categories;
  const model = read('reidentification/reidentification-model.json');
  const out = {};
  const files = fs.readdirSync(rulesDir, { recursive: true }).filter((f) => f.endsWith('.json')).sort();
  for (const file of files) {
    const doc = read(file);
    if (!Array.isArray(doc?.rules)) continue; // categories, citations, contexts, the model
    for (const r of doc.rules) {
      const cat = categories[r.category];
      if (!cat) throw new Error(`${file}: rule ${r.id}: unknown category ${r.category}`);
      const kind = r.signal ? model.kinds?.[r.signal] : null;
      const title = r.message ?? (kind ? { fr: CLUE.fr + kind.label.fr, en: CLUE.en + kind.label.en } : cat.message);
      const description = r.description ? { [descriptionLang(r.description)]: r.description } : {};
      out[r.id] = { category: r.category, severity: r.severity ?? cat.severity, signal: !!r.signal, title: { fr: title.fr, en: title.en },
        description, example: examplesByLang(r) };
    }
  }
  // The model's own finding (one per post whose signals combine).
  if (typeof model.rule === 'string' && !out[model.rule]) {
    const cat = categories.reidentification;
    out[model.rule] = { category: 'reidentification', severity: cat.severity, signal: false, title: { ...cat.message },
      description: { ...RISK_DESCRIPTION }, example: {} };
  }
  // The statistical layer: one rule id per category it reports ("model-derogatory").
  const layer = fs.existsSync(path.join(rulesDir, 'model/classifier-model.json')) ? read('model/classifier-model.json') : null;
  for (const [category, c] of Object.entries(layer?.categories ?? {})) {
    const cat = categories[category];
    if (!cat || !c.enabled) continue;
    out[`model-${category}`] = {
      category, severity: c.severity ?? 'medium', signal: false,
      title: { fr: `${cat.message.fr} (${STATISTICAL.fr})`, en: `${cat.message.en} (${STATISTICAL.en})` },
      description: { ...STATISTICAL_DESCRIPTION }, example: {},
    };
  }
  return out;
}
