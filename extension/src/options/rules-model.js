// The options page's rule list without the DOM (unit-tested in tests/e2e/unit/options-rules.test.mjs):
// rules grouped by category in the taxonomy's order, a category's on/off state and count, the
// disabled-rule list after a category or a rule is switched, and the text filter. A category's
// switch only edits settings.disabledRules, the same list the individual rules and the card's
// "disable this rule" use: the engine and the rest of the extension see rule ids, nothing else.

export const CATEGORY_ORDER = ['identifier', 'reidentification', 'patient_image', 'derogatory', 'hostile', 'defamation',
  'advertising', 'medical_advice', 'conflict_of_interest', 'health_claim'];

/**
 * [{ category, rules }] in the taxonomy's order (a category without rules is left out); rules
 * without a known category come last, under category 'other'. Rules keep their given order.
 */
export function groupRules(rules) {
  const by = new Map();
  for (const r of rules) {
    const key = CATEGORY_ORDER.includes(r.category) ? r.category : 'other';
    if (!by.has(key)) by.set(key, []);
    by.get(key).push(r);
  }
  return [...CATEGORY_ORDER, 'other'].filter((c) => by.has(c)).map((category) => ({ category, rules: by.get(category) }));
}

/** { off, total, state: 'on' | 'off' | 'mixed' } for a category's rule ids. */
export function categoryState(ids, disabled) {
  const set = new Set(disabled);
  const off = ids.filter((id) => set.has(id)).length;
  return { off, total: ids.length, state: off === 0 ? 'on' : off === ids.length ? 'off' : 'mixed' };
}

/** The disabled list with every id of a category enabled (on) or disabled (off); other ids untouched, order kept. */
export function setCategory(disabled, ids, on) {
  const these = new Set(ids);
  if (on) return disabled.filter((id) => !these.has(id));
  const have = new Set(disabled);
  return [...disabled, ...ids.filter((id) => !have.has(id))];
}

/** The disabled list with one rule enabled (on) or disabled (off). */
export function setRule(disabled, id, on) {
  return setCategory(disabled, [id], on);
}

/** Lower case, accents removed, spaces collapsed: "Numéro  de Chambre" -> "numero de chambre". */
export function fold(s) {
  return String(s ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The text a rule is found by: its title, description, example, id and its category's name. */
export function ruleHaystack(rule, categoryName = '') {
  const ex = rule.example ? `${rule.example.before}${rule.example.match}${rule.example.after}` : '';
  return fold([rule.title, rule.description?.text, ex, rule.id, categoryName].filter(Boolean).join(' \n '));
}

/** Whether every word of the query is in the haystack (an empty query matches everything). */
export function matches(haystack, query) {
  const words = fold(query).split(' ').filter(Boolean);
  return words.every((w) => haystack.includes(w));
}
