// Settings: defaults, migration from the pre-release layout, corrupt data, managed overrides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSettings, migrate, sanitize, applyManaged, applyPatch, isActiveOn, loadSettings, loadUserSettings, saveSettings, sameValue,
  SETTINGS_VERSION, SETTINGS_KEY, LOCAL_KEY } from '../../../extension/src/common/settings.js';

/** A storage area in memory (async get/set like browser.storage.*), with a write log. */
function area(initial = {}) {
  const data = structuredClone(initial);
  const writes = [];
  return {
    data, writes,
    get: async (k) => (k === null ? structuredClone(data) : { [k]: structuredClone(data[k]) }),
    set: async (o) => { writes.push(Object.keys(o)); Object.assign(data, structuredClone(o)); },
  };
}

test('missing_or_corrupt_settings_give_the_defaults', () => {
  for (const raw of [undefined, null, 42, 'x', [], [1, 2]]) assert.deepEqual(migrate(raw), defaultSettings());
});

test('corrupt_fields_fall_back_one_by_one', () => {
  const s = sanitize({ version: 1, enabled: 'yes', uiLang: 'de', minSeverity: 'medium', sites: { x: false, facebook: 3 },
    disabledRules: ['room-bed', 7, '', 'room-bed'], watchTerms: ['  CHU Nord ', 'x'.repeat(200)] });
  assert.equal(s.enabled, true);
  assert.equal(s.uiLang, 'auto');
  assert.equal(s.minSeverity, 'medium');
  assert.deepEqual(s.sites, { x: false, facebook: true, linkedin: true });
  assert.deepEqual(s.disabledRules, ['room-bed']);
  assert.deepEqual(s.watchTerms, ['CHU Nord']);
});

test('pre_release_layout_migrates_to_the_current_version', () => {
  const s = migrate({ disabledSites: ['facebook'], severity: 'high', speedBump: false });
  assert.equal(s.version, SETTINGS_VERSION);
  assert.deepEqual(s.sites, { x: true, facebook: false, linkedin: true });
  assert.equal(s.minSeverity, 'high');
  assert.equal(s.speedBump, false);
  assert.ok(!('disabledSites' in s) && !('severity' in s));
});

test('settings_from_a_newer_build_keep_what_this_build_understands', () => {
  const s = migrate({ version: 99, jurisdiction: 'qc', futureKey: 1 });
  assert.equal(s.jurisdiction, 'qc');
  assert.ok(!('futureKey' in s));
});

test('managed_policy_overrides_and_locks_keys', () => {
  const user = { ...defaultSettings(), jurisdiction: 'fr', speedBump: false };
  const { settings, locked } = applyManaged(user, { jurisdiction: 'qc', sites: { facebook: false } });
  assert.equal(settings.jurisdiction, 'qc');
  assert.equal(settings.speedBump, false, 'unmanaged keys keep the user value');
  assert.deepEqual(settings.sites, { x: true, facebook: false, linkedin: true });
  assert.deepEqual(locked.sort(), ['jurisdiction', 'sites']);
});

test('patch_merges_sites_and_validates', () => {
  const s = applyPatch(defaultSettings(), { sites: { x: false }, minSeverity: 'nonsense', bogus: 1 });
  assert.deepEqual(s.sites, { x: false, facebook: true, linkedin: true });
  assert.equal(s.minSeverity, 'low');
  assert.ok(!('bogus' in s));
  assert.equal(isActiveOn(s, 'x'), false);
  assert.equal(isActiveOn({ ...s, enabled: false }, 'facebook'), false);
});

test('load_writes_back_migrated_settings_and_survives_a_throwing_managed_area', async () => {
  const sync = area({ settings: { disabledSites: ['x'] } });
  const local = area();
  const managed = { get: async () => { throw new Error('Managed storage manifest not found'); } };
  const { settings, locked } = await loadSettings({ sync, local, managed });
  assert.equal(settings.sites.x, false);
  assert.equal(sync.data.settings.version, SETTINGS_VERSION, 'migrated value written back');
  assert.deepEqual(locked, []);
  assert.deepEqual(local.writes, [], 'nothing to write locally without watch terms');
});

test('version_1_watch_terms_move_from_sync_to_local_without_losing_other_settings', async () => {
  const sync = area({ [SETTINGS_KEY]: { version: 1, jurisdiction: 'qc', speedBump: false, watchTerms: ['CHU Nord', 'Bléville'] } });
  const local = area();
  const s = await loadUserSettings({ sync, local });
  assert.deepEqual(s.watchTerms, ['CHU Nord', 'Bléville']);
  assert.equal(s.jurisdiction, 'qc');
  assert.equal(s.speedBump, false);
  assert.deepEqual(local.data[LOCAL_KEY], { version: SETTINGS_VERSION, watchTerms: ['CHU Nord', 'Bléville'] });
  assert.ok(!('watchTerms' in sync.data[SETTINGS_KEY]), 'no watch term left in storage.sync');
  assert.equal(sync.data[SETTINGS_KEY].version, SETTINGS_VERSION);
  assert.equal(sync.data[SETTINGS_KEY].jurisdiction, 'qc');
  assert.deepEqual([local.writes.length, sync.writes.length], [1, 1]);
  // Stable: a second load writes nothing.
  await loadUserSettings({ sync, local });
  assert.deepEqual([local.writes.length, sync.writes.length], [1, 1]);
});

test('terms_written_to_sync_by_an_older_build_are_merged_into_the_local_ones', async () => {
  const sync = area({ [SETTINGS_KEY]: { version: 1, watchTerms: ['Bléville', 'CHU Nord'] } });
  const local = area({ [LOCAL_KEY]: { version: 2, watchTerms: ['CHU Nord', 'maladie de Fabry'] } });
  const s = await loadUserSettings({ sync, local });
  assert.deepEqual(s.watchTerms, ['CHU Nord', 'maladie de Fabry', 'Bléville']);
  assert.ok(!('watchTerms' in sync.data[SETTINGS_KEY]));
});

test('save_puts_watch_terms_in_local_and_the_rest_in_sync', async () => {
  const sync = area();
  const local = area();
  await saveSettings({ sync, local }, { ...defaultSettings(), watchTerms: ['CHU Nord'], minSeverity: 'high' });
  assert.ok(!JSON.stringify(sync.data).includes('CHU Nord'));
  assert.equal(sync.data[SETTINGS_KEY].minSeverity, 'high');
  assert.deepEqual(local.data[LOCAL_KEY].watchTerms, ['CHU Nord']);
  assert.deepEqual(local.writes, [[LOCAL_KEY]], 'local first');
});

test('corrupt_areas_fall_back_field_by_field_and_keep_the_readable_settings', async () => {
  const sync = area({ [SETTINGS_KEY]: { version: 2, jurisdiction: 'uk', minSeverity: 42, disabledRules: 'room-bed', sites: 'all' } });
  const local = area({ [LOCAL_KEY]: 'garbage' });
  const s = await loadUserSettings({ sync, local });
  assert.equal(s.jurisdiction, 'uk', 'the valid field is kept');
  assert.equal(s.minSeverity, 'low');
  assert.deepEqual(s.disabledRules, []);
  assert.deepEqual(s.sites, { x: true, facebook: true, linkedin: true });
  assert.deepEqual(s.watchTerms, []);
  assert.deepEqual(local.data[LOCAL_KEY], { version: SETTINGS_VERSION, watchTerms: [] }, 'corrupt local value repaired');
  // An area that cannot be read at all gives the defaults of its fields, the other is kept.
  const broken = { get: async () => { throw new Error('IO error'); }, set: async () => { throw new Error('IO error'); } };
  const s2 = await loadUserSettings({ sync, local: broken });
  assert.equal(s2.jurisdiction, 'uk');
  assert.deepEqual(s2.watchTerms, []);
  const s3 = await loadUserSettings({ sync: broken, local: area({ [LOCAL_KEY]: { version: 2, watchTerms: ['CHU Nord'] } }) });
  assert.deepEqual(s3, { ...defaultSettings(), watchTerms: ['CHU Nord'] });
});

/** Like Chromium's storage: objects come back with their keys sorted. */
function sortedArea(initial = {}) {
  const a = area(initial);
  const sortKeys = (v) => (v && typeof v === 'object' && !Array.isArray(v)
    ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])])) : v);
  return { ...a, get: async (k) => sortKeys(await a.get(k)) };
}

test('a_read_never_writes_back_settings_that_differ_only_in_key_order', async () => {
  // Reading must not write: a write-back made from a stale read would undo a newer write made in
  // between (the e2e run on CI lost a "disabledRules: []" that way).
  const sync = sortedArea();
  const local = sortedArea();
  await saveSettings({ sync, local }, { ...defaultSettings(), disabledRules: ['room-bed'], watchTerms: ['CHU Nord'] });
  const [s0, l0] = [sync.writes.length, local.writes.length];
  assert.notDeepEqual(Object.keys((await sync.get(SETTINGS_KEY))[SETTINGS_KEY]), Object.keys(defaultSettings()).filter((k) => k !== 'watchTerms'),
    'the fake returns keys in another order than the code builds them');
  for (let i = 0; i < 3; i++) await loadUserSettings({ sync, local });
  assert.deepEqual([sync.writes.length, local.writes.length], [s0, l0], 'three reads, no write');
  assert.equal(sameValue({ a: 1, b: { c: 2, d: [1, 2] } }, { b: { d: [1, 2], c: 2 }, a: 1 }), true);
  assert.equal(sameValue({ a: [1, 2] }, { a: [2, 1] }), false, 'list order is meaningful');
  assert.equal(sameValue({ a: 1 }, { a: 1, b: undefined }), true);
  assert.equal(sameValue({ a: 1 }, { a: 2 }), false);
});

test('settings_of_a_newer_build_are_read_but_never_rewritten', async () => {
  const raw = { version: SETTINGS_VERSION + 1, jurisdiction: 'fr', futureKey: { a: 1 } };
  const sync = area({ [SETTINGS_KEY]: raw });
  const s = await loadUserSettings({ sync, local: area() });
  assert.equal(s.jurisdiction, 'fr');
  assert.deepEqual(sync.data[SETTINGS_KEY], raw);
  assert.equal(sync.writes.length, 0);
});

test('save_writes_only_the_area_that_changed', async () => {
  const sync = area();
  const local = area();
  const before = { ...defaultSettings(), watchTerms: ['CHU Nord'] };
  await saveSettings({ sync, local }, { ...before, minSeverity: 'high' }, before);
  assert.deepEqual([sync.writes.length, local.writes.length], [1, 0]);
  await saveSettings({ sync, local }, { ...before, watchTerms: ['CHU Sud'] }, before);
  assert.deepEqual([sync.writes.length, local.writes.length], [1, 1]);
});
