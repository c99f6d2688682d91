// Speed bump on publish: a capture-phase listener on window sees the site's publish click (or
// Ctrl/Cmd+Enter in a composer, or plain Enter in the composers where the site publishes on it:
// site.enterPublishes, e.g. Facebook's comment boxes) before the site's own handlers. With high-severity findings left
// in the composers next to that button, it cancels that one event and asks; "publish anyway"
// replays the click (a one-shot bypass lets it through). Off when settings.speedBump is false.
// Only the user's own clicks and keys (event.isTrusted) are checked: a page clicking its own
// button from script could publish without Secretum anyway, and must not be able to open the
// dialog at will; the dialog's buttons ignore synthetic events (ui/host.js trusted()).
import { composersNear } from './finder.js';
import { openSpeedBump, isSpeedBumpOpen } from './ui/dialog.js';

export class SpeedBump {
  /** @param {{ site, composers: () => Composer[], enabled: () => boolean, strings: () => object }} ctx */
  constructor(ctx) {
    this.ctx = ctx;
    this.bypass = false;
    this.selector = ctx.site.publishButtons.join(', ');
    this.enterSelector = (ctx.site.enterPublishes ?? []).join(', ');
    this.onClick = (e) => this.click(e);
    this.onKey = (e) => this.key(e);
  }

  start() {
    window.addEventListener('click', this.onClick, true);
    window.addEventListener('keydown', this.onKey, true);
  }

  stop() {
    window.removeEventListener('click', this.onClick, true);
    window.removeEventListener('keydown', this.onKey, true);
  }

  highsNear(el) {
    return composersNear(el, this.ctx.composers()).flatMap((c) => c.findings.filter((f) => f.severity === 'high').map((f) => ({ ...f, root: c.root })));
  }

  click(e) {
    if (!this.selector || !this.ctx.enabled()) return;
    const btn = e.target?.closest?.(this.selector);
    if (!btn) return;
    if (this.bypass) { this.bypass = false; return; } // our own replay after "publish anyway"
    if (!e.isTrusted) return;
    const highs = this.highsNear(btn);
    if (!highs.length) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    this.ask(highs, () => this.replayClick(btn));
  }

  /**
   * Ctrl/Cmd+Enter in any composer; plain Enter (no modifier) in a composer that publishes on it.
   * Never during IME composition (Enter then commits the composition) nor while the editor's
   * own menu (mentions, emoji) is open, where Enter picks an entry.
   */
  key(e) {
    if (!e.isTrusted || e.key !== 'Enter' || e.isComposing || e.keyCode === 229 || !this.ctx.enabled() || isSpeedBumpOpen()) return;
    const shortcut = e.ctrlKey || e.metaKey;
    const plain = !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey;
    if (!shortcut && !plain) return;
    const composer = this.ctx.composers().find((c) => c.root.contains(e.target));
    if (!composer) return;
    if (plain && !this.publishesOnEnter(composer)) return;
    const highs = composer.findings.filter((f) => f.severity === 'high');
    if (!highs.length) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    const replay = () => {
      // Plain Enter: the button of the composer's own form only (a button further up could
      // belong to another post); else the key itself.
      const btn = plain ? this.buttonIn(composer.root.closest('form')) : this.buttonNear(composer.root);
      if (btn) { this.replayClick(btn); return; }
      this.stop(); // no known button: replay the key itself, unobserved
      try { e.target.dispatchEvent(new KeyboardEvent('keydown', e)); } finally { this.start(); }
    };
    this.ask(highs, replay);
  }

  /** Whether plain Enter publishes in this composer (and no suggestion menu is open in it). */
  publishesOnEnter(composer) {
    const root = composer.root;
    if (!this.enterSelector || composer.isTextarea || !root.matches(this.enterSelector)) return false;
    return root.getAttribute('aria-expanded') !== 'true' && !root.getAttribute('aria-activedescendant');
  }

  buttonIn(container) {
    return container && this.selector ? container.querySelector(this.selector) : null;
  }

  /** Clicks the site's button once past the bump (the click handler runs synchronously). */
  replayClick(btn) {
    this.bypass = true;
    try { btn.click(); } finally { this.bypass = false; }
  }

  /** The publish button closest to a composer (same nearest container), or null. */
  buttonNear(root) {
    if (!this.selector) return null;
    for (let a = root.parentElement; a; a = a.parentElement) {
      const b = a.querySelector(this.selector);
      if (b) return b;
    }
    return null;
  }

  ask(highs, onConfirm) {
    const focusBack = document.activeElement;
    openSpeedBump(this.ctx.strings(), highs, {
      themeFrom: highs[0]?.root ?? this.ctx.composers().find((c) => c.findings.includes(highs[0]))?.root,
      onConfirm,
      onCancel: () => focusBack?.focus?.(),
    });
  }
}
