// The small badge at the bottom-right corner inside each composer with findings: counts by
// severity; click (or Enter) opens the list. Positioned from the composer's rect each layout pass.
import { uiLayer, h, syncTheme } from './host.js';
import { t } from '../../common/i18n.js';

export class Badges {
  constructor(strings, onOpen) {
    this.strings = strings;
    this.onOpen = onOpen;
    this.byComposer = new Map(); // composer -> element
  }

  /** Creates/updates/removes badges to match the composers. Cost: one rect read per composer. */
  update(composers) {
    const s = this.strings();
    const shown = composers.find((c) => c.findings.length);
    if (shown && !this.byComposer.has(shown)) syncTheme(shown.root); // once per new badge, not per frame
    for (const [c, el] of this.byComposer) {
      if (!composers.includes(c) || !c.findings.length) { el.remove(); this.byComposer.delete(c); }
    }
    for (const c of composers) {
      if (!c.findings.length) continue;
      let el = this.byComposer.get(c);
      if (!el) {
        el = h('button', { class: 'badge', type: 'button', onclick: () => this.onOpen(c, el.getBoundingClientRect()) });
        el.addEventListener('mousedown', (e) => e.preventDefault());
        uiLayer().append(el);
        this.byComposer.set(c, el);
      }
      const parts = ['high', 'medium', 'low'].filter((sev) => c.counts[sev] > 0);
      el.replaceChildren(h('span', { class: 'logo', 'aria-hidden': 'true' }, 'S'),
        ...parts.map((sev) => h('span', { class: `count ${sev}` }, h('span', { class: `dot ${sev}` }), String(c.counts[sev]))));
      el.setAttribute('aria-label', t(s, 'badgeLabel', c.counts.high, c.counts.medium, c.counts.low));
      el.title = el.getAttribute('aria-label');
      this.place(c, el);
    }
  }

  place(c, el) {
    const r = c.root.getBoundingClientRect();
    const hidden = r.width === 0 || r.bottom < 0 || r.top > window.innerHeight;
    el.style.display = hidden ? 'none' : '';
    // Inside the bottom-right corner of tall boxes; just below short (one-line) ones, where it
    // cannot cover the text being typed.
    const inside = r.height >= 64;
    el.style.left = `${Math.round(r.right - el.offsetWidth - (inside ? 6 : 0))}px`;
    el.style.top = `${Math.round(inside ? r.bottom - el.offsetHeight - 6 : r.bottom + 4)}px`;
  }

  relayout() {
    for (const [c, el] of this.byComposer) this.place(c, el);
  }

  clear() {
    for (const el of this.byComposer.values()) el.remove();
    this.byComposer.clear();
  }
}
