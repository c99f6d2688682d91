// One watched compose box: reads its text, asks the background for a report at most once per
// frame, drops stale answers, keeps findings with live DOM Ranges. Never writes to the editor's
// DOM (the only write path is fix.js, which goes through the editor's own input handling).
import { buildTextMap, rangeFor } from './text-map.js';

let nextId = 1;

export class Composer {
  /**
   * @param {Element} root the editable element (contenteditable root or <textarea>)
   * @param {{ site: string, analyze: (text: string, site: string) => Promise<object|null>,
   *           onUpdate: (c: Composer) => void }} ctx
   */
  constructor(root, site, ctx) {
    this.id = nextId++;
    this.root = root;
    this.site = site;
    this.ctx = ctx;
    this.isTextarea = root.nodeName === 'TEXTAREA';
    this.findings = []; // engine findings + { range } for contenteditable
    this.counts = { high: 0, medium: 0, low: 0 };
    this.ignored = new Set(); // "rule\0text" keys ignored in this box ("ignore here")
    this.seq = 0;
    this.sentText = null;
    this.composing = false;
    this.raf = 0;
    this.disposed = false;
    this.onInput = () => this.schedule();
    this.onCompStart = () => { this.composing = true; };
    this.onCompEnd = () => { this.composing = false; this.schedule(); };
    root.addEventListener('input', this.onInput);
    root.addEventListener('compositionstart', this.onCompStart);
    root.addEventListener('compositionend', this.onCompEnd);
    if (!this.isTextarea) {
      // Catches edits that fire no input event (React re-render, paste handled by the framework).
      this.observer = new MutationObserver(() => this.schedule());
      this.observer.observe(root, { childList: true, characterData: true, subtree: true });
    }
    this.schedule();
  }

  /** Current text, and for contenteditable the offset map. Cost: O(editor nodes). */
  read() {
    if (this.isTextarea) return { text: this.root.value, map: null };
    const map = buildTextMap(this.root);
    return { text: map.text, map };
  }

  /**
   * Coalesces changes to one analysis per animation frame; skipped during IME composition.
   * A 100 ms timer backs the frame up: hidden tabs get no frames but may still be edited.
   */
  schedule(force = false) {
    if (this.disposed || this.composing) return;
    if (force) this.sentText = null;
    if (this.raf) return;
    const fire = () => {
      if (!this.raf) return;
      cancelAnimationFrame(this.raf);
      clearTimeout(this.timer);
      this.raf = 0;
      this.run();
    };
    this.raf = requestAnimationFrame(fire);
    this.timer = setTimeout(fire, 100);
  }

  async run() {
    const { text } = this.read();
    if (text === this.sentText) return;
    this.sentText = text;
    const seq = ++this.seq;
    if (!text.trim()) return this.apply(seq, text, { findings: [] });
    let report;
    try {
      report = await this.ctx.analyze(text, this.site);
    } catch {
      report = null; // background restarting: the next input retries
      this.sentText = null;
    }
    if (report) this.apply(seq, text, report);
  }

  /** Applies a report if it is still about the editor's current text (else drops it). */
  apply(seq, text, report) {
    if (this.disposed || seq !== this.seq) return;
    const { text: now, map } = this.read();
    if (now !== text) return; // edited while the engine worked: a newer run is scheduled
    const findings = [];
    for (const f of report.findings) {
      if (this.ignored.has(key(f))) continue;
      const range = map ? rangeFor(this.root.ownerDocument, map, f.start, f.end) : null;
      if (map && !range) continue;
      // Re-identification: the details that combine, painted while the finding's card is open.
      const signalRanges = map && f.signals
        ? f.signals.map((sg) => rangeFor(this.root.ownerDocument, map, sg.start, sg.end)).filter(Boolean) : [];
      findings.push({ ...f, range, signalRanges });
    }
    this.findings = findings;
    this.counts = { high: 0, medium: 0, low: 0 };
    for (const f of findings) this.counts[f.severity]++;
    this.ctx.onUpdate(this);
  }

  ignore(finding) {
    this.ignored.add(key(finding));
    this.findings = this.findings.filter((f) => key(f) !== key(finding));
    this.counts[finding.severity] = Math.max(0, this.counts[finding.severity] - 1);
    this.ctx.onUpdate(this);
  }

  /** Viewport rects of a finding (contenteditable: the Range's; textarea: from the mirror). */
  rectsOf(finding, mirror) {
    if (finding.range) return Array.from(finding.range.getClientRects());
    return mirror ? mirror.rects(this.root, finding.start, finding.end) : [];
  }

  get alive() {
    return !this.disposed && this.root.isConnected;
  }

  dispose() {
    this.disposed = true;
    if (this.raf) cancelAnimationFrame(this.raf);
    clearTimeout(this.timer);
    this.root.removeEventListener('input', this.onInput);
    this.root.removeEventListener('compositionstart', this.onCompStart);
    this.root.removeEventListener('compositionend', this.onCompEnd);
    this.observer?.disconnect();
    this.findings = [];
  }
}

const key = (f) => `${f.rule}\u0000${f.text}`;
