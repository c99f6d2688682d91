// Offsets -> DOM ranges for each editor family's markup (text-map.js), on hand-built trees that
// copy what Draft.js, Lexical, Quill and ProseMirror render.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { el, fakeDoc, rangeText } from './fake-dom.mjs';
import { buildTextMap, rangeFor, positionAt, offsetOf } from '../../../extension/src/content/text-map.js';

const RISKY = 'Mme Perrault, chambre 14, NIR 2 95 10 99 126 111 93';

function assertRange(root, start, end, expected) {
  const map = buildTextMap(root);
  assert.equal(map.text.slice(start, end), expected, 'precondition: the offsets select the expected text');
  const r = rangeFor(fakeDoc, map, start, end);
  assert.equal(rangeText(root, r), expected);
}

const draftBlock = (...spans) => el('div', { 'data-block': 'true' }, el('div', { class: 'public-DraftStyleDefault-block' }, ...spans));
const span = (t) => el('span', { 'data-offset-key': 'k' }, el('span', { 'data-text': 'true' }, t));

test('draft_blocks_join_with_one_newline_and_empty_block_is_an_empty_line', () => {
  const root = el('div', { contenteditable: 'true' }, el('div', { 'data-contents': 'true' },
    draftBlock(span('Belle garde.')),
    draftBlock(el('span', { 'data-offset-key': 'k' }, el('br', { 'data-text': 'true' }))),
    draftBlock(span('Mme '), span('Perrault'), span(', chambre 14'))));
  const map = buildTextMap(root);
  assert.equal(map.text, 'Belle garde.\n\nMme Perrault, chambre 14');
  assertRange(root, 14, 26, 'Mme Perrault'); // spans three text nodes
  assertRange(root, 28, 38, 'chambre 14');
});

test('lexical_paragraphs_and_line_break_nodes', () => {
  const root = el('div', { 'data-lexical-editor': 'true' },
    el('p', {}, el('span', { 'data-lexical-text': 'true' }, 'Bonjour'), el('br'), el('span', {}, RISKY)),
    el('p', {}, el('br')));
  const map = buildTextMap(root);
  assert.equal(map.text, `Bonjour\n${RISKY}\n`);
  assertRange(root, 8, 20, 'Mme Perrault');
  assertRange(root, 6, 9, 'r\nM'); // a range across the <br>
});

test('quill_lines_and_formatting_inside_a_line', () => {
  const root = el('div', { class: 'ql-editor' },
    el('p', {}, 'Vu ', el('strong', {}, 'Mme Perrault'), ' ce matin'),
    el('p', {}, el('br')),
    el('p', {}, 'chambre 14'));
  const map = buildTextMap(root);
  assert.equal(map.text, 'Vu Mme Perrault ce matin\n\nchambre 14');
  assertRange(root, 3, 15, 'Mme Perrault');
  assertRange(root, 26, 36, 'chambre 14');
});

test('prosemirror_trailing_break_is_not_text_and_hard_break_is', () => {
  const root = el('div', { class: 'tiptap ProseMirror' },
    el('p', {}, 'Mme Perrault', el('br'), 'chambre 14', el('br', { class: 'ProseMirror-trailingBreak' })));
  assert.equal(buildTextMap(root).text, 'Mme Perrault\nchambre 14');
  assertRange(root, 13, 23, 'chambre 14');
});

test('utf16_offsets_with_emoji_and_accents', () => {
  const root = el('div', {}, el('p', {}, 'Petit miracle 🙏 Mme Éloïse Perrault'));
  const map = buildTextMap(root);
  const start = map.text.indexOf('Mme');
  assertRange(root, start, map.text.length, 'Mme Éloïse Perrault');
  assert.equal(start, 17, 'the emoji counts as two UTF-16 code units');
});

test('skips_non_editable_islands_and_images', () => {
  const root = el('div', {}, el('p', {}, 'a', el('span', { contenteditable: 'false' }, 'HIDDEN'), el('img', { alt: 'x' }), 'b'));
  assert.equal(buildTextMap(root).text, 'ab');
});

test('positions_on_a_line_separator_snap_inwards', () => {
  const root = el('div', {}, el('p', {}, 'ab'), el('p', {}, 'cd'));
  const map = buildTextMap(root);
  assert.equal(map.text, 'ab\ncd');
  const [first, second] = [root.childNodes[0].childNodes[0], root.childNodes[1].childNodes[0]];
  assert.deepEqual(positionAt(map, 2, 'start'), { node: second, offset: 0 }, 'a start on the separator moves to the next line');
  assert.deepEqual(positionAt(map, 3, 'end'), { node: first, offset: 2 }, 'an end after the separator moves back');
  assert.equal(offsetOf(map, second, 1), 4);
});

test('empty_editor_maps_to_nothing', () => {
  const map = buildTextMap(el('div', {}, el('p', {}, el('br'))));
  assert.equal(map.text, '');
  assert.equal(rangeFor(fakeDoc, map, 0, 0), null);
});
