// Speculative analysis (content/predict.js, Composer.speculate): the text a key will produce is
// sent when the key goes down, before the editor changes; the editor's actual text still wins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { typedByKey, editOfInput, spanOf, replaceSpan } from '../../../extension/src/content/predict.js';
import { Composer, stats } from '../../../extension/src/content/composer.js';
import { buildTextMap } from '../../../extension/src/content/text-map.js';
import { el } from './fake-dom.mjs';

const key = (k, extra = {}) => ({ isTrusted: true, key: k, ctrlKey: false, altKey: false, metaKey: false, isComposing: false, keyCode: 0, ...extra });

test('printable_keys_are_predicted_shortcuts_ime_and_synthetic_keys_are_not', () => {
  assert.equal(typedByKey(key('9')), '9');
  assert.equal(typedByKey(key('É')), 'É');
  assert.equal(typedByKey(key(' ')), ' ');
  assert.equal(typedByKey(key('😀')), '😀', 'one code point, two UTF-16 units');
  assert.equal(typedByKey(key('Enter')), null);
  assert.equal(typedByKey(key('Backspace')), null);
  assert.equal(typedByKey(key('Dead')), null);
  assert.equal(typedByKey(key('z', { ctrlKey: true })), null);
  assert.equal(typedByKey(key('q', { altKey: true })), null, 'AltGr and Alt combinations');
  assert.equal(typedByKey(key('a', { isComposing: true })), null);
  assert.equal(typedByKey(key('a', { keyCode: 229 })), null, 'IME process key');
  assert.equal(typedByKey(key('a', { isTrusted: false })), null);
});

test('beforeinput_typing_and_ranged_deletions_are_predicted_paragraphs_and_composition_are_not', () => {
  const range = { collapsed: false };
  const ev = (inputType, data, ranges = [range], extra = {}) => ({ isTrusted: true, isComposing: false, inputType, data, getTargetRanges: () => ranges, ...extra });
  assert.deepEqual(editOfInput(ev('insertText', 'a')), { insert: 'a', ranges: [range] });
  assert.deepEqual(editOfInput(ev('deleteContentBackward', null)), { insert: '', ranges: [range] });
  assert.equal(editOfInput(ev('deleteContentBackward', null, [])), null, 'no target range: not predicted');
  assert.equal(editOfInput(ev('insertParagraph', null)), null);
  assert.equal(editOfInput(ev('insertFromPaste', null)), null);
  assert.equal(editOfInput(ev('insertCompositionText', 'k', [range], { isComposing: true })), null);
});

test('a_dom_selection_maps_to_a_span_of_the_editor_text', () => {
  const t1 = 'Mme Perrault, ';
  const t2 = 'chambre 1';
  const root = el('div', {}, el('p', {}, el('span', {}, t1), el('span', {}, t2)), el('p', {}, 'ligne 2'));
  const map = buildTextMap(root);
  const n2 = root.childNodes[0].childNodes[1].childNodes[0];
  const caret = { startContainer: n2, startOffset: 9, endContainer: n2, endOffset: 9, collapsed: true };
  const span = spanOf(map, caret);
  assert.deepEqual(span, [23, 23]);
  assert.equal(replaceSpan(map.text, span, '4'), 'Mme Perrault, chambre 14\nligne 2');
  const n1 = root.childNodes[0].childNodes[0].childNodes[0];
  const sel = { startContainer: n1, startOffset: 0, endContainer: n1, endOffset: 3, collapsed: false };
  assert.equal(replaceSpan(map.text, spanOf(map, sel), 'M.'), 'M. Perrault, chambre 1\nligne 2');
  assert.equal(spanOf(map, { startContainer: {}, startOffset: 0, endContainer: {}, endOffset: 0, collapsed: true }), null);
});

/** A <textarea>-shaped element and an analyze() whose answers the test releases. */
function setup(value) {
  const listeners = {};
  const root = {
    nodeName: 'TEXTAREA', value, selectionStart: value.length, selectionEnd: value.length, isConnected: true, ownerDocument: {},
    addEventListener(t, f) { (listeners[t] ??= []).push(f); },
    removeEventListener(t, f) { listeners[t] = (listeners[t] ?? []).filter((g) => g !== f); },
  };
  const fire = (t, e = {}) => (listeners[t] ?? []).forEach((f) => f(e));
  const calls = [];
  const analyze = (text) => new Promise((resolve) => calls.push({ text, answer: (findings = []) => resolve({ report: { findings }, at: [0, 0] }) }));
  const c = new Composer(root, 'x', { analyze, onUpdate() {} });
  return { root, fire, calls, c };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

test('a_keydown_sends_the_predicted_text_before_the_editor_changes_and_no_second_request_follows', async () => {
  const { root, fire, calls } = setup('Mme Perrault, chambre 1');
  await settle();
  assert.deepEqual(calls.map((x) => x.text), ['Mme Perrault, chambre 1']);
  calls[0].answer();
  await settle();
  fire('keydown', key('4'));
  assert.deepEqual(calls.map((x) => x.text), ['Mme Perrault, chambre 1', 'Mme Perrault, chambre 14'], 'sent on keydown');
  root.value = 'Mme Perrault, chambre 14'; // the editor follows
  root.selectionStart = root.selectionEnd = root.value.length;
  fire('input');
  await settle();
  calls[1].answer([{ rule: 'room-bed', severity: 'high', start: 14, end: 24, text: 'chambre 14' }]);
  await settle();
  assert.equal(calls.length, 2, 'the editor produced the predicted text: nothing more to send');
});

test('a_wrong_guess_is_corrected_by_a_request_for_the_editors_actual_text', async () => {
  const { root, fire, calls, c } = setup('Mme Perrault, chambre 1');
  await settle();
  calls[0].answer();
  await settle();
  const before = stats.mispredicted;
  fire('keydown', key('x')); // the site cancels this key: the text does not change
  assert.equal(calls[1].text, 'Mme Perrault, chambre 1x');
  calls[1].answer([{ rule: 'r', severity: 'high', start: 14, end: 24, text: 'chambre 1x' }]);
  await settle();
  assert.equal(calls[2]?.text, 'Mme Perrault, chambre 1', 'the actual text is analysed');
  assert.equal(stats.mispredicted, before + 1);
  calls[2].answer();
  await settle();
  assert.deepEqual(c.findings, [], 'the guess left nothing painted');
  assert.equal(root.value, 'Mme Perrault, chambre 1', 'the editor is never written to');
});

test('nothing_is_predicted_while_a_request_is_in_flight_or_during_composition', async () => {
  const { fire, calls } = setup('Vu Mme K.');
  await settle();
  fire('keydown', key('a')); // initial request still in flight
  assert.equal(calls.length, 1);
  calls[0].answer();
  await settle();
  fire('compositionstart');
  fire('keydown', key('a'));
  assert.equal(calls.length, 1, 'composing');
});
