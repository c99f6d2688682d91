// The styles of the inline highlights, under names chosen at random by each content script
// (content/highlighter.js): the page shares the CSS.highlights registry and can list it, so the
// names must not say "Secretum" nor the severity. The CSS is inserted by the background with
// scripting.insertCSS into the asking frame only: an extension stylesheet, which the page cannot
// read (document.styleSheets does not list it), unlike a <style> or adoptedStyleSheets.
// Template: highlight.css, where ::highlight(secretum-<kind>) stands for each kind's name.
export const KINDS = ['high', 'medium', 'low', 'active', 'signal'];
const NAME = /^[a-z]{8,24}$/;

/** True when names is { high, medium, low, active, signal } of distinct lowercase-letter names. */
export function validNames(names) {
  if (!names || typeof names !== 'object' || Array.isArray(names)) return false;
  const keys = Object.keys(names);
  if (keys.length !== KINDS.length || !KINDS.every((k) => typeof names[k] === 'string' && NAME.test(names[k]))) return false;
  return new Set(KINDS.map((k) => names[k])).size === KINDS.length;
}

/** The stylesheet for these names (validNames() first: names end up in CSS). Pure. */
export function highlightCss(template, names) {
  return template.replace(/\/\*[\s\S]*?\*\//g, '').replace(/::highlight\(secretum-([a-z]+)\)/g, (m, kind) => {
    if (!KINDS.includes(kind)) throw new Error(`highlight.css: unknown kind ${kind}`);
    return `::highlight(${names[kind]})`;
  });
}

let template = null;
const loadTemplate = () => (template ??= fetch(new URL('./highlight.css', import.meta.url)).then((r) => r.text()));

/**
 * Inserts the highlight styles for `names` into the frame of `sender` (a content script).
 * @param {object} scripting api.scripting
 */
export async function insertHighlightCss(scripting, sender, names) {
  if (!validNames(names)) throw new Error('bad highlight names');
  if (!Number.isInteger(sender?.tab?.id)) throw new Error('no tab');
  const css = highlightCss(await loadTemplate(), names);
  await scripting.insertCSS({ target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] }, css, origin: 'AUTHOR' });
}
