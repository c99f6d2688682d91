// The content script's state on one page while Secretum is active there: the watched composers,
// painting (highlights, fallback boxes, badges), the card (hover, click, Alt+Shift+S) and the
// speed bump. deactivate() removes every listener and every trace at once.
import { findComposers } from './finder.js';
import { Composer, stats as speculation } from './composer.js';
import { paint, clearHighlights, highlightsSupported } from './highlighter.js';
import { Boxes, TextareaMirror } from './ui/overlay.js';
import { Badges } from './ui/badge.js';
import { Card } from './ui/card.js';
import { SpeedBump } from './speedbump.js';
import { closeSpeedBump } from './ui/dialog.js';
import { removeUi } from './ui/host.js';
import { applyFix } from './fix.js';

const HOVER_OPEN_MS = 250;

/**
 * Counters of this content script, in its own (isolated) world: never text, never visible to the
 * page. The e2e tests read them through scripting.executeScript to prove that a page without a
 * composer costs nothing and throws nothing.
 */
export const stats = (globalThis.__secretumStats = { scans: 0, scanErrors: 0, composers: 0, requests: 0, hoverEvents: 0, keyEvents: 0, cardsOpened: 0, roundTripMs: [], speculation });
const HOVER_CLOSE_MS = 300;

export class Controller {
  /** @param {{ site, generic, analyze, warm: () => void, state: () => object, disableRule: (rule) => Promise<string>,
   *            undoDisable: (token) => Promise }} ctx */
  constructor(ctx) {
    this.ctx = ctx;
    this.composers = new Map(); // root -> Composer
    this.boxes = new Boxes();
    this.mirror = new TextareaMirror();
    const strings = () => ctx.state().strings;
    this.badges = new Badges(strings, (c, rect) => this.card.openList(c, rect));
    this.card = new Card({
      strings,
      onFix: async (c, f) => { this.card.close(); await applyFix(c, f); },
      onIgnore: (c, f) => { this.card.close(); c.ignore(f); },
      onDisableRule: (c, f) => this.disableRule(c, f),
      onPick: (c, f) => this.openCard(c, f, { focus: true, pinned: true }),
      onClose: (c, hadFocus) => { this.render(); if (hadFocus && c?.alive) c.root.focus(); },
    });
    this.bump = new SpeedBump({
      site: ctx.site,
      composers: () => [...this.composers.values()],
      enabled: () => ctx.state().speedBump,
      strings,
    });
    this.hover = { timer: 0, closeTimer: 0, x: 0, y: 0, raf: 0 };
    this.scanRaf = 0;
    this.scanErrors = 0;
    this.scanPaused = false;
    this.slowScan = 0;
    this.renderRaf = 0;
    this.listeners = [
      [window, 'mousemove', (e) => this.onMouseMove(e), { passive: true, capture: true }],
      [window, 'click', (e) => this.onClick(e), true],
      [window, 'keydown', (e) => this.onKeyDown(e), true],
      [window, 'scroll', () => this.scheduleRender(), { passive: true, capture: true }],
      [window, 'resize', () => this.scheduleRender(), { passive: true }],
      [document, 'focusin', (e) => this.onFocusIn(e), true],
    ];
    this.keepAlive = 0;
  }

  activate() {
    // Edits inside a watched composer (every keystroke) cannot add or remove a composer: only
    // other mutations cost a scan.
    this.observer = new MutationObserver((records) => {
      if (!records.every((r) => this.insideComposer(r.target))) this.scheduleScan();
    });
    this.observer.observe(document.documentElement, { childList: true, subtree: true });
    for (const [t, type, fn, opt] of this.listeners) t.addEventListener(type, fn, opt);
    this.bump.start();
    this.scan();
  }

  deactivate() {
    clearInterval(this.keepAlive);
    clearInterval(this.slowScan);
    this.observer?.disconnect();
    for (const [t, type, fn, opt] of this.listeners) t.removeEventListener(type, fn, opt);
    this.bump.stop();
    for (const c of this.composers.values()) c.dispose();
    this.composers.clear();
    cancelAnimationFrame(this.scanRaf);
    cancelAnimationFrame(this.renderRaf);
    this.scanRaf = this.renderRaf = 0;
    clearTimeout(this.hover.timer);
    clearTimeout(this.hover.closeTimer);
    clearHighlights();
    this.card.close(false);
    closeSpeedBump();
    this.badges.clear();
    removeUi();
  }

  /** Settings changed (rules, severity, language): re-analyze everything. */
  refresh() {
    for (const c of this.composers.values()) c.schedule(true);
  }

  counts() {
    const total = { high: 0, medium: 0, low: 0 };
    for (const c of this.composers.values()) for (const k in total) total[k] += c.counts[k];
    return { counts: total, composers: this.composers.size };
  }

  /**
   * Focus in a composer wakes the background before the first keystroke (a cold Chromium service
   * worker needs seconds to build the engine) and keeps it awake while the user stays there: one
   * tiny message every 20 s, only while a composer of this page has focus.
   */
  onFocusIn(e) {
    if (this.scanPaused) this.scan();
    else this.scheduleScan();
    const inComposer = () => [...this.composers.values()].some((c) => c.root.contains(document.activeElement));
    if (!inComposer() && !e.target?.isContentEditable && e.target?.nodeName !== 'TEXTAREA') return;
    this.ctx.warm();
    clearInterval(this.keepAlive);
    this.keepAlive = setInterval(() => {
      if (document.hasFocus() && inComposer()) this.ctx.warm();
      else clearInterval(this.keepAlive);
    }, 20000);
  }

  insideComposer(node) {
    for (const root of this.composers.keys()) if (root.contains(node)) return true;
    return false;
  }

  scheduleScan() {
    if (!this.scanRaf && !this.scanPaused) this.scanRaf = requestAnimationFrame(() => { this.scanRaf = 0; this.scan(); });
  }

  /**
   * scanOnce() guarded: a page whose DOM breaks the finder (a redesign, odd nodes) must cost
   * nothing, never an exception per mutation. After 3 failures in a row the mutation observer
   * stops and a scan is retried every 5 s (and on focus in an editable) until one succeeds.
   */
  scan() {
    stats.scans++;
    try {
      this.scanOnce();
      if (this.scanPaused) this.resumeScans();
      this.scanErrors = 0;
    } catch {
      stats.scanErrors++;
      if (++this.scanErrors >= 3 && !this.scanPaused) {
        this.scanPaused = true;
        this.observer?.disconnect();
        this.slowScan = setInterval(() => this.scan(), 5000);
      }
    }
    stats.composers = this.composers.size;
  }

  resumeScans() {
    this.scanPaused = false;
    clearInterval(this.slowScan);
    this.observer?.observe(document.documentElement, { childList: true, subtree: true });
  }

  /** Adds composers that appeared, drops those that left the DOM. Cost: see finder.js. */
  scanOnce() {
    const found = findComposers(document, this.ctx.site, this.ctx.generic);
    let changed = false;
    for (const [root, c] of this.composers) {
      if (!found.has(root) || !c.alive) { c.dispose(); this.composers.delete(root); changed = true; }
    }
    for (const [root, siteId] of found) {
      if (this.composers.has(root)) continue;
      this.composers.set(root, new Composer(root, siteId, { analyze: this.ctx.analyze, onUpdate: () => this.onFindings(),
        onRoundTrip: (ms, timing) => {
          stats.roundTripMs.push(Math.round(ms * 10) / 10);
          if (stats.roundTripMs.length > 64) stats.roundTripMs.shift();
          stats.timing = timing; // the last answered composer's pass (benchmark)
        } }));
    }
    if (changed) this.scheduleRender();
  }

  /** New findings: highlights at once (cheap, no layout read), the rest on the next frame. */
  onFindings() {
    const open = this.card.finding;
    paint([...this.composers.values()], open ? this.card.composer?.findings.find((f) => sameFinding(f, open)) : null);
    this.scheduleRender();
  }

  scheduleRender() {
    if (!this.renderRaf) this.renderRaf = requestAnimationFrame(() => { this.renderRaf = 0; this.render(); });
  }

  /** Paints every composer's findings; keeps the card in step. Cost: O(findings) + rect reads. */
  render() {
    const list = [...this.composers.values()];
    const open = this.card.finding;
    if (open) {
      const now = this.card.composer?.findings.find((f) => sameFinding(f, open));
      if (now) this.card.finding = now; // same finding, fresh Range
      else this.card.close(false);
    }
    paint(list, this.card.finding);
    const useBoxes = !highlightsSupported();
    const items = [];
    for (const c of list) {
      if (!c.isTextarea && !useBoxes) continue;
      for (const f of c.findings) items.push({ rects: c.rectsOf(f, this.mirror), severity: f.severity });
    }
    this.boxes.draw(items);
    this.badges.update(list);
  }

  /** The finding under a viewport point, as { composer, finding, rect }, or null. */
  hitTest(x, y) {
    for (const c of this.composers.values()) {
      for (const f of c.findings) {
        for (const r of c.rectsOf(f, this.mirror)) {
          if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return { composer: c, finding: f, rect: r };
        }
      }
    }
    return null;
  }

  openCard(c, f, opts = {}) {
    clearTimeout(this.hover.timer); // a pending hover must not rebuild (and unpin) the card opened now
    if (this.card.isOpen && this.card.composer === c && this.card.finding && sameFinding(this.card.finding, f)) {
      if (opts.pinned) this.card.pinned = true;
      if (opts.focus) this.card.el.focus();
      return;
    }
    const rects = c.rectsOf(f, this.mirror);
    const anchor = rects.length ? rects[rects.length - 1] : c.root.getBoundingClientRect();
    stats.cardsOpened++;
    this.card.open(c, f, anchor, opts);
    this.render();
  }

  /**
   * "Disable this rule": sent at once, and the card turns into "Rule disabled · Undo" at once
   * (before the answer: the re-analysis that follows must not close it), for a few seconds.
   */
  disableRule(c, f) {
    const pending = this.ctx.disableRule(f.rule); // -> the undo token
    pending.catch(() => { if (this.card.isOpen && !this.card.finding) this.card.close(); }); // nothing changed
    this.card.showDisabled(c, f, async () => {
      this.card.close();
      try { await this.ctx.undoDisable(await pending); } catch { /* too late: the options page still has the rule */ }
    });
  }

  onMouseMove(e) {
    if (!e.isTrusted) return; // a page's synthetic mousemove must not open (or close) the card
    stats.hoverEvents++;
    this.hover.x = e.clientX;
    this.hover.y = e.clientY;
    if (this.hover.raf) return;
    this.hover.raf = requestAnimationFrame(() => {
      this.hover.raf = 0;
      const { x, y } = this.hover;
      if (this.card.contains(x, y)) return clearTimeout(this.hover.closeTimer);
      const hit = this.hitTest(x, y);
      clearTimeout(this.hover.timer);
      if (hit) {
        clearTimeout(this.hover.closeTimer);
        if (this.card.finding && sameFinding(this.card.finding, hit.finding)) return;
        if (this.card.pinned) return;
        this.hover.timer = setTimeout(() => this.openCard(hit.composer, hit.finding), HOVER_OPEN_MS);
      } else if (this.card.isOpen && !this.card.pinned) {
        clearTimeout(this.hover.closeTimer);
        this.hover.closeTimer = setTimeout(() => this.card.close(), HOVER_CLOSE_MS);
      }
    });
  }

  onClick(e) {
    if (!e.isTrusted) return;
    clearTimeout(this.hover.timer);
    const inComposer = [...this.composers.values()].some((c) => c.root.contains(e.target));
    if (!inComposer) return;
    const hit = this.hitTest(e.clientX, e.clientY);
    if (hit) this.openCard(hit.composer, hit.finding, { pinned: true });
    else if (this.card.isOpen) this.card.close(false), this.render();
  }

  /** Escape closes the card; Alt+Shift+S in a composer opens the card for the finding at the caret
   *  (or the first one), focused. */
  onKeyDown(e) {
    if (!e.isTrusted) return;
    stats.keyEvents++;
    if (e.key === 'Escape' && this.card.isOpen) { // closes the card, not the site's dialog around it
      e.stopImmediatePropagation();
      this.card.close(false);
      this.render();
      return;
    }
    if (!(e.altKey && e.shiftKey && e.code === 'KeyS')) return;
    const c = [...this.composers.values()].find((x) => x.root.contains(e.target) || x.root === e.target);
    if (!c || !c.findings.length) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    this.openCard(c, findingAtCaret(c) ?? c.findings[0], { focus: true, pinned: true });
  }
}

function findingAtCaret(c) {
  if (c.isTextarea) {
    const p = c.root.selectionStart;
    return c.findings.find((f) => p >= f.start && p <= f.end) ?? null;
  }
  const sel = c.root.ownerDocument.getSelection();
  if (!sel?.rangeCount) return null;
  const { startContainer: n, startOffset: o } = sel.getRangeAt(0);
  return c.findings.find((f) => { try { return f.range.isPointInRange(n, o); } catch { return false; } }) ?? null;
}

const sameFinding = (a, b) => a.rule === b.rule && a.start === b.start && a.end === b.end && a.text === b.text;
