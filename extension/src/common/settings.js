// Settings: one versioned object in storage.sync under the key "settings", overlaid by
// storage.managed (hospital IT presets; managed keys win and are shown locked in the options).
//
//   key            default   values
//   version        1         integer, bumped with a migration in MIGRATIONS
//   enabled        true      global switch
//   sites          all true  { x, facebook, linkedin }: per-site switch
//   uiLang         'auto'    'auto' (browser language) | 'fr' | 'en'
//   jurisdiction   'auto'    'auto' | 'fr' | 'qc' | 'ca' | 'us' | 'uk' (chooses the cited rules)
//   minSeverity    'low'     'low' | 'medium' | 'high'
//   disabledRules  []        engine rule ids
//   watchTerms     []        the user's own terms (hospital, town, rare conditions), <= 50 x 80 chars
//   speedBump      true      confirm before publishing with high-severity findings left
//
// Never stores post text. Pure functions here; loadSettings/saveSettings take the storage areas
// as arguments so node tests can pass fakes.

export const SETTINGS_VERSION = 1;
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

export const SETTINGS_KEY = 'settings';

/** Reads and migrates; writes back when migration changed the stored shape. */
export async function loadSettings(sync, managed) {
  let raw;
  try {
    raw = (await sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  } catch {
    raw = undefined;
  }
  const settings = migrate(raw);
  if (raw !== undefined && JSON.stringify(raw) !== JSON.stringify(settings)) {
    try { await sync.set({ [SETTINGS_KEY]: settings }); } catch { /* quota or offline: keep in memory */ }
  }
  let policy = null;
  try { policy = managed ? await managed.get(null) : null; } catch { policy = null; } // Firefox without policy throws
  return applyManaged(settings, policy && Object.keys(policy).length ? policy : null);
}

export async function saveSettings(sync, settings) {
  await sync.set({ [SETTINGS_KEY]: sanitize(settings) });
}
