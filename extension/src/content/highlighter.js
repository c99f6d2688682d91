// Paints findings with the CSS Custom Highlight API: one Highlight per severity plus one for the
// finding whose card is open. Never touches the editor's DOM. Where the API is missing (or for
// <textarea>), ui/overlay.js draws.
// The registry (CSS.highlights) belongs to the page, which can list it: the names are random per
// page load and say nothing (no "secretum", no severity); the background inserts their styles
// (background/highlight-style.js, MSG.STYLE). What the page can still learn: see SECURITY.md.

/** Random lowercase letters (CSS identifiers), one name per kind, distinct. */
function randomName() {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => String.fromCharCode(97 + (b % 26))).join('');
}
export const HIGHLIGHT_NAMES = Object.freeze(Object.fromEntries(['high', 'medium', 'low', 'active', 'signal'].map((k) => [k, randomName()])));

export const highlightsSupported = () =>
  typeof CSS !== 'undefined' && !!CSS.highlights && typeof Highlight === 'function';

/**
 * Replaces the painted ranges by those of `composers`' findings. Cost: O(findings).
 * @param {object|null} active the finding whose card is open (painted stronger, with its signals)
 */
export function paint(composers, active) {
  const activeRange = active?.range ?? null;
  if (!highlightsSupported()) return;
  const by = { high: [], medium: [], low: [] };
  for (const c of composers) for (const f of c.findings) if (f.range) by[f.severity].push(f.range);
  for (const sev of ['low', 'medium', 'high']) {
    if (by[sev].length) {
      const h = new Highlight(...by[sev]);
      h.priority = { low: 1, medium: 2, high: 3 }[sev];
      CSS.highlights.set(HIGHLIGHT_NAMES[sev], h);
    } else {
      CSS.highlights.delete(HIGHLIGHT_NAMES[sev]);
    }
  }
  if (activeRange) {
    const h = new Highlight(activeRange);
    h.priority = 4;
    CSS.highlights.set(HIGHLIGHT_NAMES.active, h);
  } else {
    CSS.highlights.delete(HIGHLIGHT_NAMES.active);
  }
  const signals = active?.signalRanges ?? [];
  if (signals.length) {
    const h = new Highlight(...signals);
    h.priority = 0;
    CSS.highlights.set(HIGHLIGHT_NAMES.signal, h);
  } else {
    CSS.highlights.delete(HIGHLIGHT_NAMES.signal);
  }
}

export function clearHighlights() {
  if (!highlightsSupported()) return;
  for (const name of Object.values(HIGHLIGHT_NAMES)) CSS.highlights.delete(name);
}
