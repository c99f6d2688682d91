// UI strings from _locales/<lang>/messages.json, in the language the user chose in the options
// (browser.i18n.getMessage only follows the browser's language). Loaded once per page, ~7 KB.
import { api, browserLang } from './api.js';

const cache = new Map();

/** 'fr' | 'en' for a uiLang setting ('auto' = the browser's language). */
export function resolveLang(uiLang) {
  return uiLang === 'fr' || uiLang === 'en' ? uiLang : browserLang();
}

/** Flat { key: message } for a language. Extension pages only (fetch of a packaged file). */
export async function loadStrings(lang) {
  if (!cache.has(lang)) {
    const url = api.runtime.getURL(`_locales/${lang}/messages.json`);
    const json = await (await fetch(url)).json();
    cache.set(lang, Object.fromEntries(Object.entries(json).map(([k, v]) => [k, v.message])));
  }
  return cache.get(lang);
}

/** t(strings, key, ...subs): replaces $1, $2... ; falls back to the key itself. */
export function t(strings, key, ...subs) {
  let s = strings?.[key] ?? key;
  subs.forEach((v, i) => { s = s.split(`$${i + 1}`).join(String(v)); });
  return s;
}

/** Fills [data-i18n] text and [data-i18n-attr="attr:key"] attributes of an extension page. */
export function localizePage(root, strings) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(strings, el.dataset.i18n);
  for (const el of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of el.dataset.i18nAttr.split(',')) {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr, t(strings, key));
    }
  }
}
