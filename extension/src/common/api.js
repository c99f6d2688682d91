// One small wrapper over the WebExtension namespaces: Firefox exposes `browser` (promises),
// Chromium exposes `chrome` (promises in MV3). Every module imports `api` from here, never the
// globals, so node unit tests can run the pure modules without either.
export const api = globalThis.browser ?? globalThis.chrome ?? null;

/** Storage areas, or null outside an extension (unit tests). */
export const storage = {
  sync: api?.storage?.sync ?? null,
  local: api?.storage?.local ?? null,
  managed: api?.storage?.managed ?? null,
  session: api?.storage?.session ?? null,
};

/** The browser's UI language reduced to 'fr' or 'en' (default 'en'). */
export function browserLang() {
  const ui = (api?.i18n?.getUILanguage?.() ?? globalThis.navigator?.language ?? 'en').toLowerCase();
  return ui.startsWith('fr') ? 'fr' : 'en';
}
