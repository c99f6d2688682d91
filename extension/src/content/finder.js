// Finds the editable roots of compose boxes: the site module's selectors first, then the generic
// fallback (visible textarea / top-level contenteditable). Cost: a few querySelectorAll calls per
// scan; scans are coalesced to one per frame by the controller.

/** The element to watch for a selector hit: a textarea, or the topmost contenteditable. */
export function resolveRoot(el) {
  if (!el || el.nodeType !== 1) return null;
  if (el.nodeName === 'TEXTAREA') return el.readOnly || el.disabled ? null : el;
  if (el.isContentEditable) {
    let r = el;
    while (r.parentElement && r.parentElement.isContentEditable) r = r.parentElement;
    return r;
  }
  const inner = el.querySelector('[contenteditable="true"], [contenteditable=""], textarea');
  return inner ? resolveRoot(inner) : null;
}

const visible = (el) => el.getClientRects().length > 0 && el.offsetWidth >= 40 && el.offsetHeight >= 12;

/** Map root -> site id ('x' | ... | 'generic') of the compose boxes in `doc`. */
export function findComposers(doc, site, generic) {
  const out = new Map();
  for (const sel of site.composers) {
    for (const el of doc.querySelectorAll(sel)) {
      const r = resolveRoot(el);
      if (r && !out.has(r)) out.set(r, site.id);
    }
  }
  for (const sel of generic.composers) {
    for (const el of doc.querySelectorAll(sel)) {
      const r = resolveRoot(el);
      if (r && !out.has(r) && visible(r)) out.set(r, 'generic');
    }
  }
  return out;
}

/** Composers that belong with a publish button: those in its nearest ancestor holding any. */
export function composersNear(el, composers) {
  for (let a = el; a; a = a.parentElement) {
    const near = composers.filter((c) => a.contains(c.root));
    if (near.length) return near;
  }
  return [];
}
