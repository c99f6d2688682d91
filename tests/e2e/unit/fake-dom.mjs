// A DOM-shaped tree small enough for node unit tests of text-map.js (no jsdom needed):
// el('p', {}, 'text', el('br')) builds elements; text nodes come from strings.
class Node {
  constructor(nodeType, nodeName, nodeValue = null) {
    Object.assign(this, { nodeType, nodeName, nodeValue, parentNode: null, childNodes: [], attrs: {} });
  }
  get firstChild() { return this.childNodes[0] ?? null; }
  get nextSibling() {
    if (!this.parentNode) return null;
    const sibs = this.parentNode.childNodes;
    return sibs[sibs.indexOf(this) + 1] ?? null;
  }
  getAttribute(name) { return this.attrs[name] ?? null; }
}

export function el(tag, attrs = {}, ...children) {
  const n = new Node(1, tag.toUpperCase());
  n.attrs = attrs;
  for (const c of children) {
    const child = typeof c === 'string' ? new Node(3, '#text', c) : c;
    child.parentNode = n;
    n.childNodes.push(child);
  }
  return n;
}

/** A Range-like recorder: rangeFor() only calls createRange/setStart/setEnd. */
export const fakeDoc = {
  createRange() {
    return { setStart(node, offset) { this.start = { node, offset }; }, setEnd(node, offset) { this.end = { node, offset }; } };
  },
};

/** Text covered by a recorded range, for assertions (text nodes and <br> only). */
export function rangeText(root, range) {
  let out = '';
  let on = false;
  const visit = (n) => {
    const kids = n.childNodes;
    for (let i = 0; i <= kids.length; i++) {
      if (range.start.node === n && range.start.offset === i) on = true;
      if (range.end.node === n && range.end.offset === i) on = false;
      if (i === kids.length) break;
      const c = kids[i];
      if (c.nodeType === 3) {
        const s = range.start.node === c ? range.start.offset : 0;
        const e = range.end.node === c ? range.end.offset : c.nodeValue.length;
        if (range.start.node === c) on = true;
        if (on) out += c.nodeValue.slice(s, e);
        if (range.end.node === c) on = false;
      } else if (c.nodeName === 'BR') {
        if (on) out += '\n';
      } else {
        visit(c);
      }
    }
  };
  visit(root);
  return out;
}
