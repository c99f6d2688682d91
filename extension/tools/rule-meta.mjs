// What the options page shows for each rule: its category, severity and human-readable title in
// French and English, read at build time from the rule files the engine compiles in (rules/).
// The engine's own API gives rule ids only (analyzer.ruleIds()); the background joins the two and
// falls back to the id for a rule missing here. Output: { [id]: { category, severity, title: { fr, en } } }.
// Titles: the rule's `message`, else for a re-identification signal (`signal: KIND`) "clue: <kind
// label of reidentification-model.json>", else the category's message (rules/categories.json);
// the statistical layer's ids ("model-<category>", model/classifier-model.json): the category's
// message and "(statistical model)".
import fs from 'node:fs';
import path from 'node:path';

const CLUE = { fr: 'Indice de ré-identification : ', en: 'Re-identification clue: ' };
const STATISTICAL = { fr: 'modèle statistique', en: 'statistical model' };

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
      out[r.id] = { category: r.category, severity: r.severity ?? cat.severity, signal: !!r.signal, title: { fr: title.fr, en: title.en } };
    }
  }
  // The model's own finding (one per post whose signals combine).
  if (typeof model.rule === 'string' && !out[model.rule]) {
    const cat = categories.reidentification;
    out[model.rule] = { category: 'reidentification', severity: cat.severity, signal: false, title: { ...cat.message } };
  }
  // The statistical layer: one rule id per category it reports ("model-derogatory").
  const layer = fs.existsSync(path.join(rulesDir, 'model/classifier-model.json')) ? read('model/classifier-model.json') : null;
  for (const [category, c] of Object.entries(layer?.categories ?? {})) {
    const cat = categories[category];
    if (!cat || !c.enabled) continue;
    out[`model-${category}`] = {
      category, severity: c.severity ?? 'medium', signal: false,
      title: { fr: `${cat.message.fr} (${STATISTICAL.fr})`, en: `${cat.message.en} (${STATISTICAL.en})` },
    };
  }
  return out;
}
