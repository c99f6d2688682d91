// The text of a contenteditable editor as the engine sees it, and the way back from UTF-16
// offsets in that text to DOM positions. Pure over a DOM-like tree (nodeType, nodeName,
// childNodes, nodeValue, parentNode, getAttribute): node unit tests pass plain objects.
//
// Text rules (same for every editor family: Draft.js, Lexical, Quill, ProseMirror):
//  - each leaf block element (P, DIV, LI, H1..6, ...) is one line; lines are joined by '\n';
//    an empty leaf block (<p><br></p>) is an empty line;
//  - <br> is '\n' unless it is the last thing in its block (placeholder / trailing break);
//  - text nodes are taken verbatim; contenteditable="false" subtrees, IMG, SCRIPT, STYLE are skipped.
// Cost: one walk of the editor's subtree, O(nodes); called once per frame with input at most.

const BLOCKS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE',
  'TABLE', 'TBODY', 'TR', 'TD', 'TH', 'SECTION', 'ARTICLE', 'FIGURE', 'HEADER', 'FOOTER', 'DL', 'DT', 'DD', 'HR']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'IMG', 'SVG', 'svg', 'VIDEO', 'AUDIO', 'CANVAS', 'TEMPLATE', 'NOSCRIPT']);
const TEXT = 3;
const ELEMENT = 1;

const isBlock = (n) => n.nodeType === ELEMENT && BLOCKS.has(String(n.nodeName).toUpperCase());
const isSkipped = (n) =>
  n.nodeType === ELEMENT && (SKIP.has(n.nodeName) || n.getAttribute?.('contenteditable') === 'false');

function hasContent(n) {
  if (n.nodeType === TEXT) return n.nodeValue.length > 0;
  return n.nodeType === ELEMENT && !isSkipped(n);
}

/** True when nothing with content follows `br` before the end of its block (or the root). */
function isLastInBlock(br, root) {
  for (let n = br; n && n !== root && !isBlock(n); n = n.parentNode) {
    for (let s = n.nextSibling; s; s = s.nextSibling) if (hasContent(s)) return false;
  }
  return true;
}

/**
 * @returns {{ text: string, segments: Array<{node, start: number, end: number, br?: true}> }}
 *   segments are in text order; offsets between segments are line separators.
 */
export function buildTextMap(root) {
  const segments = [];
  let text = '';
  let lines = 0;
  let lineOpen = false;
  const startLine = () => {
    if (lines > 0) text += '\n';
    lines++;
    lineOpen = true;
  };
  const walk = (node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT) {
        if (!c.nodeValue) continue;
        if (!lineOpen) startLine();
        segments.push({ node: c, start: text.length, end: text.length + c.nodeValue.length });
        text += c.nodeValue;
      } else if (c.nodeType !== ELEMENT || isSkipped(c)) {
        continue;
      } else if (c.nodeName === 'BR') {
        if (isLastInBlock(c, root)) continue;
        if (!lineOpen) startLine();
        segments.push({ node: c, start: text.length, end: text.length + 1, br: true });
        text += '\n';
      } else if (isBlock(c)) {
        const linesBefore = lines;
        lineOpen = false;
        const childBlocks = walkBlock(c);
        if (!childBlocks && lines === linesBefore) startLine(); // empty line
        lineOpen = false;
      } else {
        walk(c);
      }
    }
  };
  // Returns whether the block had block children (then it is not a line itself).
  const walkBlock = (block) => {
    let nested = false;
    for (let c = block.firstChild; c; c = c.nextSibling) if (isBlock(c)) { nested = true; break; }
    walk(block);
    return nested;
  };
  walk(root);
  return { text, segments };
}

/**
 * DOM position for a text offset. `edge` 'start' resolves an offset on a line separator to the
 * next line, 'end' to the previous one, so a range never spans a separator it does not need.
 * @returns {{ node, offset: number } | null}
 */
export function positionAt(map, offset, edge) {
  const segs = map.segments;
  if (!segs.length) return null;
  let lo = 0;
  let hi = segs.length - 1;
  if (edge === 'start') {
    // first segment with end > offset
    while (lo < hi) { const mid = (lo + hi) >> 1; if (segs[mid].end > offset) hi = mid; else lo = mid + 1; }
    const s = segs[lo];
    if (s.end <= offset) return toPos(s, s.end - s.start);
    return toPos(s, Math.max(0, offset - s.start));
  }
  // last segment with start < offset
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (segs[mid].start < offset) lo = mid; else hi = mid - 1; }
  const s = segs[lo];
  if (s.start >= offset) return toPos(s, 0);
  return toPos(s, Math.min(s.end, offset) - s.start);
}

function toPos(seg, delta) {
  if (!seg.br) return { node: seg.node, offset: delta };
  const parent = seg.node.parentNode;
  const index = Array.prototype.indexOf.call(parent.childNodes, seg.node);
  return { node: parent, offset: index + (delta > 0 ? 1 : 0) };
}

/** A live DOM Range for [start, end) of map.text, or null. `doc` creates it. */
export function rangeFor(doc, map, start, end) {
  const a = positionAt(map, start, 'start');
  const b = positionAt(map, end, 'end');
  if (!a || !b) return null;
  const r = doc.createRange();
  r.setStart(a.node, a.offset);
  r.setEnd(b.node, b.offset);
  return r;
}

/** Text offset of a DOM point (node, offset) inside the map, or -1. Inverse of positionAt. */
export function offsetOf(map, node, offset) {
  for (const s of map.segments) {
    if (s.node === node && !s.br) return s.start + Math.min(offset, s.end - s.start);
  }
  for (const s of map.segments) {
    if (s.node.parentNode === node) {
      const idx = Array.prototype.indexOf.call(node.childNodes, s.node);
      if (idx >= offset) return s.start;
    }
  }
  return -1;
}
