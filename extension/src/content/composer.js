// One watched compose box: reads its text, asks the background for a report with at most one
// request in flight, keeps findings with live DOM Ranges; a stale answer (text edited since)
// only keeps the findings outside the edited span (shiftReport). Never writes to
// the editor's DOM (the only write path is fix.js, which goes through the editor's own input
// handling).
//
// Latency: an edit is read in a microtask right after the mutation or input event that reports it
// (mutation records are delivered once the framework's own commit is complete), not on a timer
// or the next animation frame: Chromium runs a frame before a timer task that follows input, which
// cost ~6 ms median, ~20 ms p95. The answer is painted as soon as it arrives. Requests are serialized
// per composer: edits made while one is in flight are sent as one request when it returns.
// Speculation (predict.js): a printable keydown or a beforeinput sends the text it will produce
// before the editor has handled it; the editor's actual text is still read and sent if it differs.
// Background restarts: a failed request (service worker stopped mid-call) is retried with
// backoff (50 ms .. 2 s) while the composer lives; meanwhile the previous findings stay painted,
// moved along with each edit (shiftReport), so typing during a restart loses only what it touches.
import { buildTextMap, rangeFor } from './text-map.js';
import { typedByKey, editOfInput, spanOf, replaceSpan } from './predict.js';

let nextId = 1;
/** Speculation counters (benchmark, tests): requests sent on a guess; answers to a guess after which the
 * editor held another text (the guess not followed, or more typed meanwhile). */
export const stats = { speculated: 0, mispredicted: 0 };
const RETRY_MS = [50, 100, 250, 500, 1000, 2000];

export class Composer {
  /**
   * @param {Element} root the editable element (contenteditable root or <textarea>)
   * @param {{ site: string, analyze: (text: string, site: string) => Promise<{ report, at }|null>,
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
    this.sentText = null; // text of the last request sent (or answered)
    this.applied = null; // { text, report } last applied
    this.composing = false;
    this.queued = false;
    this.retryTimer = 0;
    this.failures = 0;
    this.inFlight = false; // at most one request per composer at a time
    this.dirty = false;
    this.disposed = false;
    this.changedAt = 0; // first change not yet sent (performance.now())
    // The last answered pass, performance.now() of this page: first change, request sent, received
    // and answered by the background (its absolute clock converted), answer received, painted.
    this.timing = { changedAt: 0, sentAt: 0, bgReceivedAt: 0, bgAnsweredAt: 0, answeredAt: 0, paintedAt: 0 };
    this.onInput = () => this.schedule();
    this.onKeyDown = (e) => { const ch = typedByKey(e); if (ch) this.speculate(ch, null); };
    this.onBeforeInput = (e) => { const edit = editOfInput(e); if (edit) this.speculate(edit.insert, edit.ranges); };
    root.addEventListener('keydown', this.onKeyDown, true);
    root.addEventListener('beforeinput', this.onBeforeInput, true);
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
   * Marks the text as changed and reads it on the next task (coalesced); skipped during IME
   * composition (compositionend schedules). force: re-analyze even if the text is unchanged.
   */
  schedule(force = false) {
    if (this.disposed || this.composing) return;
    if (force) this.sentText = null;
    if (!this.dirty) this.changedAt = performance.now();
    this.dirty = true;
    if (!this.queued) {
      this.queued = true;
      queueMicrotask(() => { this.queued = false; this.tick(); });
    }
  }

  /**
   * After an edit: moves the painted findings with the text at once (shiftReport: those outside
   * the edited span keep their place, those it touched are dropped until the engine answers),
   * then asks the background unless a request is already in flight.
   */
  tick() {
    if (this.disposed || !this.dirty) return;
    const { text, map } = this.read();
    // Live Ranges follow edits inside their text nodes by themselves: re-paint from the carried
    // report only when one no longer covers its text (nodes replaced by a re-render, an edit
    // inside a finding) or for a textarea (painted from offsets).
    if (this.applied && (this.isTextarea || this.findings.some((f) => !f.range || f.range.toString() !== f.text))) {
      this.apply(text, shiftReport(this.applied.report, this.applied.text, text), map);
    }
    if (!this.inFlight) this.send(text, map);
  }

  /**
   * Sends the text an edit is about to produce (insert over the target ranges, or over the
   * selection for a keydown). Only from a settled state (nothing queued or in flight, not
   * composing), so the map read here is the editor's current text. Cost: one read().
   */
  speculate(insert, ranges) {
    if (this.disposed || this.composing || this.inFlight || this.dirty || this.queued) return;
    let span = null;
    const { text, map } = this.read();
    if (this.isTextarea) {
      const { selectionStart: a, selectionEnd: b } = this.root;
      if (ranges?.length || !Number.isInteger(a) || b < a) return; // textarea deletions: not predicted
      span = [a, b];
    } else {
      const doc = this.root.ownerDocument;
      const sel = ranges ? null : doc.getSelection();
      const range = ranges ? ranges[0] : sel?.rangeCount ? sel.getRangeAt(0) : null;
      if (!range || !this.root.contains(range.startContainer) || !this.root.contains(range.endContainer)) return;
      span = spanOf(map, range);
    }
    if (!span) return;
    const predicted = replaceSpan(text, span, insert);
    if (predicted === text || predicted === this.sentText || !predicted.trim()) return;
    stats.speculated++;
    this.changedAt = performance.now();
    this.send(predicted, null, true);
  }

  async send(text, map, speculative = false) {
    this.dirty = false;
    const changedAt = this.changedAt;
    clearTimeout(this.retryTimer);
    this.retryTimer = 0;
    if (text === this.sentText) return;
    this.sentText = text;
    if (!text.trim()) { this.apply(text, { findings: [] }, map); return; }
    let report = null;
    this.inFlight = true;
    const sentAt = performance.now();
    try {
      const answer = await this.ctx.analyze(text, this.site);
      const answeredAt = performance.now();
      report = answer?.report ?? null;
      this.failures = 0;
      const [bgIn, bgOut] = (answer?.at ?? []).map((t) => t - performance.timeOrigin);
      this.timing = { changedAt, sentAt, bgReceivedAt: bgIn ?? 0, bgAnsweredAt: bgOut ?? 0, answeredAt, paintedAt: 0, speculative };
      this.ctx.onRoundTrip?.(answeredAt - sentAt, this.timing);
    } catch {
      this.sentText = null; // background restarting or gone: retry this text
      if (!this.disposed) {
        const wait = RETRY_MS[Math.min(this.failures++, RETRY_MS.length - 1)];
        this.retryTimer = setTimeout(() => { this.retryTimer = 0; this.schedule(); }, wait);
      }
    } finally {
      this.inFlight = false;
    }
    if (this.disposed) return;
    if (report) {
      // Edited while the engine worked: the answer is stale for the span edited since (dropped),
      // still right elsewhere (shifted); the newer text is sent next.
      const now = this.read();
      this.apply(now.text, shiftReport(report, text, now.text), now.map);
      this.timing.paintedAt = performance.now();
      // The editor's text is not what was last sent (a guess the editor did not follow, an edit
      // that fired nothing yet): send it.
      if (now.text !== this.sentText) {
        if (speculative) stats.mispredicted++;
        this.dirty = true;
      }
    }
    if (this.dirty && !this.queued) this.tick();
  }

  /** Paints a report about `text`, the editor's current text (`map`: its offset map, null for a textarea). */
  apply(text, report, map) {
    if (this.disposed) return;
    this.applied = { text, report };
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
    clearTimeout(this.retryTimer);
    this.root.removeEventListener('input', this.onInput);
    this.root.removeEventListener('keydown', this.onKeyDown, true);
    this.root.removeEventListener('beforeinput', this.onBeforeInput, true);
    this.root.removeEventListener('compositionstart', this.onCompStart);
    this.root.removeEventListener('compositionend', this.onCompEnd);
    this.observer?.disconnect();
    this.findings = [];
  }
}

const key = (f) => `${f.rule}\u0000${f.text}`;

/**
 * A report about `before` carried over to `after`: with the edit as the span between their
 * common prefix and common suffix, findings (and signals) wholly before it keep their offsets,
 * those wholly after it move by the length change, those touching it are dropped. Cost: O(text
 * + findings). Same text: the same report.
 */
export function shiftReport(report, before, after) {
  if (before === after) return report;
  const max = Math.min(before.length, after.length);
  let p = 0;
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let q = 0;
  while (q < max - p && before.charCodeAt(before.length - 1 - q) === after.charCodeAt(after.length - 1 - q)) q++;
  const editEnd = before.length - q;
  const delta = after.length - before.length;
  const move = (x) => (x.end <= p ? x : x.start >= editEnd ? { ...x, start: x.start + delta, end: x.end + delta } : null);
  const findings = [];
  for (const f of report.findings) {
    const g = move(f);
    if (!g) continue;
    if (g.signals) g.signals = g.signals.map(move).filter(Boolean);
    findings.push(g);
  }
  return { ...report, findings };
}
