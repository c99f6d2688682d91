// Settings: one versioned object in storage.sync under the key "settings", the user's watch terms
// in storage.local under "localSettings" (never synchronized: they name the user's hospital,
// town, patients' conditions), both overlaid by storage.managed (hospital IT presets; managed
// keys win and are shown locked in the options). In memory they are one object (below).
//
//   key            default   values
//   version        2         integer, bumped with a migration in MIGRATIONS
//   enabled        true      global switch
//   sites          all true  { x, facebook, linkedin }: per-site switch
//   uiLang         'auto'    'auto' (browser language) | 'fr' | 'en'
//   jurisdiction   'auto'    'auto' | 'fr' | 'qc' | 'ca' | 'us' | 'uk' (chooses the cited rules)
//   minSeverity    'low'     'low' | 'medium' | 'high'
//   disabledRules  []        engine rule ids
//   watchTerms     []        the user's own terms (hospital, town, rare conditions), <= 50 x 80 chars;
//                            stored in storage.local only (version 1 kept them in storage.sync:
//                            loadSettings moves them, local first, then removes them from sync)
//   speedBump      true      confirm before publishing with high-severity findings left
//
// Never stores post text. Pure functions here; loadSettings/saveSettings take the storage areas
// as arguments so node tests can pass fakes.

export const SETTINGS_VERSION = 2;
export const SITE_IDS = ['x', 'facebook', 'linkedin'];
const LANGS = ['auto', 'fr', 'en'];
const JURISDICTIONS = ['auto', 'fr', 'qc', 'ca', 'us', 'uk'];
const SEVERITIES = ['low', 'medium', 'high'];
export const MAX_WATCH_TERMS = 50;
export const MAX_WATCH_TERM_LENGTH = 80;

export function defaultSettings() {
  return {
    version: SETTINGS_VERSION,
    enabled: true,
    sites: Object.fromEntries(SITE_IDS.map((s) => [s, true])),
    uiLang: 'auto',
    jurisdiction: 'auto',
    minSeverity: 'low',
    disabledRules: [],
    watchTerms: [],
    speedBump: true,
  };
}

// Each step takes the object at version N-1 (N = index + 1) and returns it at version N.
// Version 0 is the pre-release layout: { disabledSites: [...], severity: 'medium' }.
const MIGRATIONS = [
  (old) => {
    const out = { ...old };
    if (Array.isArray(old.disabledSites)) {
      out.sites = Object.fromEntries(SITE_IDS.map((s) => [s, !old.disabledSites.includes(s)]));
    }
    if (old.severity !== undefined && old.minSeverity === undefined) out.minSeverity = old.severity;
    delete out.disabledSites;
    delete out.severity;
    return out;
  },
  // 1 -> 2: same fields; watch terms leave storage.sync for storage.local (done by loadSettings,
  // which sees every area; the object keeps them in memory).
  (old) => ({ ...old }),
];

const oneOf = (v, allowed, dflt) => (allowed.includes(v) ? v : dflt);
const bool = (v, dflt) => (typeof v === 'boolean' ? v : dflt);
const uniqStrings = (v, max, maxLen) =>
  Array.isArray(v)
    ? [...new Set(v.filter((x) => typeof x === 'string').map((x) => x.trim()).filter((x) => x && x.length <= maxLen))].slice(0, max)
    : [];

/** Field-by-field validation: a corrupt field falls back to its default, the rest is kept. */
export function sanitize(raw) {
  const d = defaultSettings();
  const r = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
  const sites = r.sites && typeof r.sites === 'object' ? r.sites : {};
  return {
    version: SETTINGS_VERSION,
    enabled: bool(r.enabled, d.enabled),
    sites: Object.fromEntries(SITE_IDS.map((s) => [s, bool(sites[s], true)])),
    uiLang: oneOf(r.uiLang, LANGS, d.uiLang),
    jurisdiction: oneOf(r.jurisdiction, JURISDICTIONS, d.jurisdiction),
    minSeverity: oneOf(r.minSeverity, SEVERITIES, d.minSeverity),
    disabledRules: uniqStrings(r.disabledRules, 500, 100),
    watchTerms: uniqStrings(r.watchTerms, MAX_WATCH_TERMS, MAX_WATCH_TERM_LENGTH),
    speedBump: bool(r.speedBump, d.speedBump),
  };
}

/** Brings any stored value (missing, corrupt, older, newer) to the current version. */
export function migrate(raw) {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return defaultSettings();
  let v = Number.isInteger(raw.version) ? raw.version : 0;
  let obj = raw;
  if (v > SETTINGS_VERSION) return sanitize(obj); // written by a newer build: keep what we understand
  for (; v < SETTINGS_VERSION; v++) obj = MIGRATIONS[v](obj);
  return sanitize(obj);
}

/** Managed (policy) values override user values; returns the effective settings + locked keys. */
export function applyManaged(settings, managed) {
  if (!managed || typeof managed !== 'object') return { settings, locked: [] };
  const merged = sanitize({ ...settings, ...managed, sites: { ...settings.sites, ...(managed.sites || {}) } });
  const locked = Object.keys(managed).filter((k) => k in merged && k !== 'version');
  return { settings: merged, locked };
}

/** Applies a partial update from the UI; unknown keys are ignored, values validated. */
export function applyPatch(settings, patch) {
  const p = patch && typeof patch === 'object' ? patch : {};
  return sanitize({ ...settings, ...p, sites: { ...settings.sites, ...(p.sites || {}) } });
}

/** Whether Secretum should run on a site id under these settings. */
export function isActiveOn(settings, site) {
  return Boolean(settings.enabled && settings.sites[site]);
}

export const SETTINGS_KEY = 'settings'; //      storage.sync
export const LOCAL_KEY = 'localSettings'; //    storage.local: { version, watchTerms }
const LOCAL_FIELDS = ['watchTerms'];

/** The part of the settings written to storage.sync (everything but the local fields). */
export function syncPart(settings) {
  const out = { ...settings };
  for (const k of LOCAL_FIELDS) delete out[k];
  return out;
}

/** The part written to storage.local. */
export function localPart(settings) {
  return { version: SETTINGS_VERSION, watchTerms: settings.watchTerms };
}

/**
 * Same value, whatever the order of object keys: Chromium's storage hands objects back with their
 * keys sorted, so comparing JSON.stringify of a stored value with a freshly built one saw a change
 * on every read; the write-back that followed could then overwrite a newer write made between
 * that read and that write (another page, another device) with the older value.
 */
export function sameValue(a, b) {
  const canon = (v) => JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && !Array.isArray(x)
    ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, x[k]]))
    : x));
  return canon(a) === canon(b);
}

async function read(area, key) {
  try {
    return area ? (await area.get(key))[key] : undefined;
  } catch {
    return undefined; // unreadable area (corrupt database, quota): defaults for its fields
  }
}

/**
 * The user's own settings (no policy): reads both areas, migrates, validates field by field, and
 * moves watch terms found in storage.sync (version 1, or an older build on another device) to
 * storage.local. Writes back only what changed: local first, so an interruption loses nothing.
 * @param {{ sync, local }} areas storage areas (or fakes with async get/set)
 */
export async function loadUserSettings({ sync, local }) {
  const rawSync = await read(sync, SETTINGS_KEY);
  const rawLocal = await read(local, LOCAL_KEY);
  const fromSync = migrate(rawSync);
  const localTerms = sanitize({ watchTerms: rawLocal?.watchTerms }).watchTerms;
  const settings = sanitize({ ...fromSync, watchTerms: [...localTerms, ...fromSync.watchTerms] });
  const same = sameValue;
  // A newer build's settings (another synced device) are read, never rewritten in an older shape.
  const newer = Number.isInteger(rawSync?.version) && rawSync.version > SETTINGS_VERSION;
  try {
    const wantLocal = localPart(settings);
    if (local && (rawLocal === undefined ? settings.watchTerms.length > 0 : !same(rawLocal, wantLocal))) {
      await local.set({ [LOCAL_KEY]: wantLocal });
    }
    if (sync && rawSync !== undefined && !newer && !same(rawSync, syncPart(settings))) {
      await sync.set({ [SETTINGS_KEY]: syncPart(settings) });
    }
  } catch { /* quota or offline: keep in memory, retried on the next load */ }
  return settings;
}

/** Effective settings: the user's, overlaid by the managed policy. Returns { settings, locked }. */
export async function loadSettings({ sync, local, managed }) {
  const settings = await loadUserSettings({ sync, local });
  let policy = null;
  try { policy = managed ? await managed.get(null) : null; } catch { policy = null; } // Firefox without policy throws
  return applyManaged(settings, policy && Object.keys(policy).length ? policy : null);
}

/**
 * Saves the user's settings: watch terms to storage.local, the rest to storage.sync (local
 * first). With `previous`, an area whose part did not change is not written (no change event).
 */
export async function saveSettings({ sync, local }, settings, previous = null) {
  const clean = sanitize(settings);
  const same = sameValue;
  const old = previous ? sanitize(previous) : null;
  if (!old || !same(localPart(old), localPart(clean))) await local.set({ [LOCAL_KEY]: localPart(clean) });
  if (!old || !same(syncPart(old), syncPart(clean))) await sync.set({ [SETTINGS_KEY]: syncPart(clean) });
}
