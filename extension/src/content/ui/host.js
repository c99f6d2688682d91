// The single shadow-root host for all of Secretum's UI on a page. It lives outside the editors
// (child of <html>), so no composer's DOM is ever touched. The shadow root is CLOSED and its
// reference stays in this module: page scripts see an empty <secretum-ui> (shadowRoot === null,
// events retargeted to the host, composedPath() stops there), so they can neither read the card
// and badge nor reach their buttons. Every handler attached through h() also ignores events the
// browser did not generate (event.isTrusted false), in case a reference ever leaks.
import { UI_CSS } from './styles.js';

let host = null;
let layer = null;

/** The `.layer` element inside the shadow root (created on first use). */
export function uiLayer() {
  if (layer && host?.isConnected) return layer;
  host = document.createElement('secretum-ui');
  const s = host.style;
  s.setProperty('all', 'initial', 'important');
  s.setProperty('position', 'fixed', 'important');
  s.setProperty('top', '0', 'important');
  s.setProperty('left', '0', 'important');
  s.setProperty('z-index', '2147483647', 'important');
  const root = host.attachShadow({ mode: 'closed' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(UI_CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = UI_CSS;
    root.append(style);
  }
  layer = document.createElement('div');
  layer.className = 'layer';
  root.append(layer);
  document.documentElement.append(host);
  return layer;
}

/**
 * Dark or light UI after the background the user sees behind `el` (the first opaque background
 * among its ancestors; none: the page's color-scheme, then the system's). Cost: one computed
 * style per ancestor, on opening a card or dialog and on badge updates.
 */
export function syncTheme(el) {
  const layerEl = uiLayer();
  let dark = null;
  for (let a = el?.nodeType === 1 ? el : document.body; a && dark === null; a = a.parentElement) {
    const m = getComputedStyle(a).backgroundColor.match(/rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[, /]+([\d.]+))?/);
    if (m && (m[4] === undefined || Number(m[4]) > 0.5)) {
      const [r, g, b] = [m[1], m[2], m[3]].map(Number);
      dark = 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
    }
  }
  if (dark === null) {
    const scheme = getComputedStyle(document.documentElement).colorScheme;
    dark = /dark/.test(scheme) && !/light/.test(scheme) ? true : window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  }
  layerEl.classList.toggle('dark', dark);
  return dark;
}

/** Removes every trace of the UI (site switched off, extension disabled). */
export function removeUi() {
  host?.remove();
  host = null;
  layer = null;
}

/**
 * Wraps a UI event handler so that it only runs for events the user caused (isTrusted): a page
 * script's dispatchEvent(), el.click() or synthetic keys are ignored.
 */
export function trusted(fn) {
  return (e) => { if (e?.isTrusted) fn(e); };
}

/**
 * Small DOM builder: h('div', { class: 'x', onclick }, child, 'text'). Text is never parsed as
 * HTML. on* handlers are attached through trusted(): synthetic events never reach them.
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), trusted(v));
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

/**
 * Places a fixed element next to an anchor rect without covering it: below if it fits, else
 * above if it fits, else on the roomier side with its height capped (it scrolls).
 */
export function placeNear(el, anchor, gap = 8) {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  el.style.maxHeight = '';
  const w = el.offsetWidth;
  let hgt = el.offsetHeight;
  const below = vh - anchor.bottom - gap - 8;
  const above = anchor.top - gap - 8;
  const putBelow = hgt <= below || (hgt > above && below >= above);
  const room = putBelow ? below : above;
  if (hgt > room) {
    el.style.maxHeight = `${Math.max(120, Math.floor(room))}px`;
    hgt = el.offsetHeight;
  }
  const left = Math.min(Math.max(8, anchor.left), vw - w - 8);
  const top = putBelow ? anchor.bottom + gap : anchor.top - gap - hgt;
  el.style.left = `${Math.round(left)}px`;
  el.style.top = `${Math.round(Math.max(8, top))}px`;
}
