// "Why is this flagged": the explanation card (one finding) and the list (all findings of a
// composer, opened from the badge). role=dialog, focusable, Escape closes, Tab moves through the
// actions. mousedown is cancelled inside the card so the editor keeps its focus and selection.
import { uiLayer, h, placeNear, trusted, syncTheme } from './host.js';
import { t } from '../../common/i18n.js';
import { UNDO_SHOWN_MS } from '../../common/messages.js';

export class Card {
  /** @param {{ strings: () => object, onFix, onIgnore, onDisableRule, onClose, onPick }} hooks */
  constructor(hooks) {
    this.hooks = hooks;
    this.el = null;
    this.finding = null;
    this.composer = null;
    this.pinned = false;
  }

  get isOpen() {
    return !!this.el?.isConnected;
  }

  /** Opens the card for one finding. anchor: a viewport rect to place it by. */
  open(composer, finding, anchor, { focus = false, pinned = false } = {}) {
    const s = this.hooks.strings();
    this.close(false);
    this.finding = finding;
    this.composer = composer;
    this.pinned = pinned;
    const titleId = 'secretum-card-title';
    const sev = finding.severity;
    this.el = h('div', { class: 'card', role: 'dialog', 'aria-labelledby': titleId, tabindex: '-1', 'data-rule': finding.rule },
      h('header', {},
        h('span', { class: `pill ${sev}` }, t(s, `sev_${sev}`)),
        h('span', { class: 'cat' }, t(s, `cat_${finding.category}`)),
        h('button', { class: 'close', 'aria-label': t(s, 'close'), onclick: () => this.close() }, '×')),
      h('h2', { id: titleId }, finding.message),
      h('p', { class: 'quote' }, '« ', h('mark', {}, finding.text), ' »'),
      // What to do comes first, so the fix stays in view when the card is short of room.
      finding.suggestion ? h('p', { class: 'suggestion' }, finding.suggestion) : null,
      h('div', { class: 'actions' },
        finding.replacement !== undefined
          ? h('button', { class: 'act primary fix', onclick: () => this.hooks.onFix(composer, finding) },
            t(s, 'fixWith', finding.replacement))
          : null,
        h('button', { class: 'act ignore', onclick: () => this.hooks.onIgnore(composer, finding) }, t(s, 'ignoreHere')),
        h('button', { class: 'act disable', onclick: () => this.hooks.onDisableRule(composer, finding) }, t(s, 'disableRule'))),
      h('h3', {}, t(s, 'whyTitle')),
      h('p', { class: 'why' }, finding.why),
      finding.signals?.length ? [
        h('h3', {}, t(s, 'signals')),
        h('ul', { class: 'signals' }, finding.signals.map((sg) => h('li', {}, h('b', {}, sg.label), ` « ${sg.text} »`))),
      ] : null,
      finding.sources?.length ? [
        h('h3', {}, t(s, 'citedRules')),
        h('ul', { class: 'sources' }, finding.sources.map((src) =>
          h('li', {}, h('a', { href: src.url, target: '_blank', rel: 'noopener noreferrer' }, src.title)))),
      ] : null,
      h('p', { class: 'hint' }, t(s, 'ruleHint', finding.rule)));
    this.mount(anchor, focus);
  }

  /** Opens the list of a composer's findings (from the badge). */
  openList(composer, anchor, { focus = true } = {}) {
    const s = this.hooks.strings();
    this.close(false);
    this.composer = composer;
    this.finding = null;
    this.pinned = true;
    this.el = h('div', { class: 'card list-card', role: 'dialog', 'aria-labelledby': 'secretum-list-title', tabindex: '-1' },
      h('header', {},
        h('span', { class: 'cat', id: 'secretum-list-title' }, t(s, 'listTitle', composer.findings.length)),
        h('button', { class: 'close', 'aria-label': t(s, 'close'), onclick: () => this.close() }, '×')),
      h('ul', { class: 'list' }, composer.findings.map((f) =>
        h('li', {}, h('button', { onclick: () => this.hooks.onPick(composer, f) },
          h('span', { class: `dot ${f.severity}` }), h('span', {}, f.message), h('span', { class: 'txt' }, `« ${f.text} »`))))));
    this.mount(anchor, focus);
  }

  /**
   * After "disable this rule": the card shrinks to "Rule disabled: <message> · Undo" for
   * UNDO_SHOWN_MS, in place (no modal), then closes. It no longer follows the finding (which goes
   * away with the rule), so render() leaves it alone.
   */
  showDisabled(composer, finding, onUndo) {
    const s = this.hooks.strings();
    const rect = this.el.getBoundingClientRect();
    const hadFocus = this.el.matches(':focus-within');
    this.close(false);
    this.composer = composer;
    this.finding = null;
    this.pinned = true;
    this.el = h('div', { class: 'card undo-card', role: 'status', tabindex: '-1', 'data-rule': finding.rule },
      h('p', { class: 'undo-text' }, t(s, 'ruleDisabled', finding.message)),
      h('div', { class: 'actions' },
        h('button', { class: 'act primary undo', onclick: () => onUndo() }, t(s, 'undo')),
        h('button', { class: 'close', 'aria-label': t(s, 'close'), onclick: () => this.close() }, '×')));
    this.mount({ left: rect.left, right: rect.left, top: rect.top, bottom: rect.top }, false);
    if (hadFocus) this.el.querySelector('button.undo').focus();
    const el = this.el;
    this.undoTimer = setTimeout(() => { if (this.el === el) this.close(); }, UNDO_SHOWN_MS);
  }

  mount(anchor, focus) {
    this.el.addEventListener('mousedown', (e) => { if (!e.target.closest('a')) e.preventDefault(); });
    this.el.addEventListener('keydown', trusted((e) => {
      if (e.key === 'Escape') { e.stopPropagation(); this.close(); }
    }));
    syncTheme(this.composer?.root);
    uiLayer().append(this.el);
    placeNear(this.el, anchor);
    if (focus) this.el.focus();
  }

  /** True when a viewport point is over the card. */
  contains(x, y) {
    if (!this.isOpen) return false;
    const r = this.el.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }

  close(notify = true) {
    clearTimeout(this.undoTimer);
    const hadFocus = this.el?.matches(':focus-within');
    this.el?.remove();
    this.el = null;
    const composer = this.composer;
    this.finding = null;
    this.pinned = false;
    if (notify) this.hooks.onClose(composer, hadFocus);
  }
}
