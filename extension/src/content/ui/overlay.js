// Fallback painting where the CSS Custom Highlight API cannot be used: a <textarea> (no DOM
// ranges inside it) or a browser without CSS.highlights. Draws fixed boxes in the shadow root
// from client rects; the textarea's rects come from a hidden mirror element with the same
// metrics. Cost: one mirror layout per textarea per pass; passes are coalesced to one per frame.
import { uiLayer, h } from './host.js';

const COPIED = ['boxSizing', 'width', 'height', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing',
  'lineHeight', 'textTransform', 'wordSpacing', 'textIndent', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle', 'tabSize', 'direction'];

export class TextareaMirror {
  constructor() {
    this.el = null;
  }

  /** Viewport rects of [start, end) of a textarea's value. */
  rects(ta, start, end) {
    if (!this.el?.isConnected) {
      this.el = h('div', { class: 'mirror', 'aria-hidden': 'true' });
      uiLayer().append(this.el);
    }
    const cs = getComputedStyle(ta);
    for (const p of COPIED) this.el.style[p] = cs[p];
    this.el.style.borderColor = 'transparent';
    const r = ta.getBoundingClientRect();
    this.el.style.left = `${r.left}px`;
    this.el.style.top = `${r.top}px`;
    const v = ta.value;
    const mark = h('span', {}, v.slice(start, end));
    this.el.replaceChildren(v.slice(0, start), mark, v.slice(end) + '\u200b');
    this.el.scrollTop = ta.scrollTop;
    this.el.scrollLeft = ta.scrollLeft;
    const clip = r;
    return Array.from(mark.getClientRects()).filter((x) => x.bottom > clip.top && x.top < clip.bottom);
  }
}

export class Boxes {
  constructor() {
    this.layer = null;
  }

  /** Redraws all boxes: items = [{ rects, severity }]. */
  draw(items) {
    if (!items.length) return this.clear();
    if (!this.layer?.isConnected) {
      this.layer = h('div', { class: 'boxes', 'aria-hidden': 'true' });
      uiLayer().prepend(this.layer);
    }
    const els = [];
    for (const { rects, severity } of items) {
      for (const r of rects) {
        const b = h('div', { class: `box ${severity}` });
        b.style.left = `${r.left}px`;
        b.style.top = `${r.top}px`;
        b.style.width = `${r.width}px`;
        b.style.height = `${r.height}px`;
        els.push(b);
      }
    }
    this.layer.replaceChildren(...els);
  }

  clear() {
    this.layer?.replaceChildren();
  }
}
