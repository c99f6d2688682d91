// shiftReport: carrying a report over an edit while the engine has not answered yet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shiftReport } from '../../../extension/src/content/composer.js';

const f = (text, whole, extra = {}) => ({ rule: 'r', text, start: whole.indexOf(text), end: whole.indexOf(text) + text.length, ...extra });
const texts = (rep, s) => rep.findings.map((x) => s.slice(x.start, x.end));

test('typing_at_the_end_keeps_every_finding_in_place', () => {
  const a = 'Mme Perrault, chambre 14';
  const rep = { findings: [f('Mme Perrault', a), f('chambre 14', a)] };
  const b = `${a}, merci`;
  assert.deepEqual(texts(shiftReport(rep, a, b), b), ['Mme Perrault', 'chambre 14']);
});

test('an_edit_before_findings_moves_them_and_one_inside_drops_only_that_finding', () => {
  const a = 'Vu Mme Perrault, chambre 14.';
  const rep = { findings: [f('Mme Perrault', a, { signals: [{ start: 3, end: 6 }] }), f('chambre 14', a)] };
  const b = 'Ce matin vu Mme Perrault, chambre 14.';
  const s = shiftReport(rep, a, b);
  assert.deepEqual(texts(s, b), ['Mme Perrault', 'chambre 14']);
  assert.equal(b.slice(s.findings[0].signals[0].start, s.findings[0].signals[0].end), 'Mme');
  const c = 'Vu Mme Perrault, chambre 15.';
  assert.deepEqual(texts(shiftReport(rep, a, c), c), ['Mme Perrault'], 'the touched finding waits for the engine');
});

test('same_text_gives_the_same_report', () => {
  const rep = { findings: [] };
  assert.equal(shiftReport(rep, 'abc', 'abc'), rep);
});
