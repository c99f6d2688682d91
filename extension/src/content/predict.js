// Speculative analysis: the text an edit is about to produce, known when the key goes down (a
// printable character) or at `beforeinput` (typed text, deletions with their target range),
// before the editor has handled it. The composer sends that text at once, so the background
// analyses it while the editor (Draft.js, Lexical...) updates its model and DOM: ~3 ms at the
// median, 6-9 ms at p95 under load, taken off keystroke-to-highlight. The guess is only an early
// start: the editor's actual text is read when it changes, as without speculation, and a wrong
// guess is corrected by a normal request (composer.js).
// Pure over DOM-like objects; cost: one text map of the editor (O(nodes)) per predicted key.
import { offsetOf } from './text-map.js';

const DELETIONS = new Set(['deleteContentBackward', 'deleteContentForward', 'deleteWordBackward', 'deleteWordForward',
  'deleteSoftLineBackward', 'deleteSoftLineForward', 'deleteByCut']);

/**
 * The character a keydown types, or null: one code point, no Ctrl/Alt/Meta (shortcuts, AltGr),
 * not during IME composition (keyCode 229), from the user's own input.
 */
export function typedByKey(e) {
  if (!e.isTrusted || e.ctrlKey || e.altKey || e.metaKey || e.isComposing || e.keyCode === 229) return null;
  const k = e.key;
  return typeof k === 'string' && k.length > 0 && k.length <= 2 && [...k].length === 1 && k !== '\u0000' ? k : null;
}

/**
 * What a beforeinput event will do: { insert, ranges } (ranges: the StaticRanges it replaces,
 * empty for a textarea), or null for what is not predicted (composition, paragraphs, formatting,
 * paste: the editor's result is read as usual).
 */
export function editOfInput(e) {
  if (!e.isTrusted || e.isComposing) return null;
  const ranges = typeof e.getTargetRanges === 'function' ? e.getTargetRanges() : [];
  if (e.inputType === 'insertText' && typeof e.data === 'string' && e.data) return { insert: e.data, ranges };
  if (DELETIONS.has(e.inputType) && ranges.length === 1 && !ranges[0].collapsed) return { insert: '', ranges };
  return null;
}

/**
 * [start, end) in the editor's text (map: text-map.js) of a DOM range, or null when it does not
 * map (caret in an empty block, outside the editor).
 */
export function spanOf(map, range) {
  const a = offsetOf(map, range.startContainer, range.startOffset);
  const b = range.collapsed ? a : offsetOf(map, range.endContainer, range.endOffset);
  return a >= 0 && b >= a ? [a, b] : null;
}

/** text with [start, end) replaced by insert. */
export const replaceSpan = (text, [start, end], insert) => text.slice(0, start) + insert + text.slice(end);
