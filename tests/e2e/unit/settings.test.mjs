// Settings: defaults, migration from the pre-release layout, corrupt data, managed overrides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultSettings, migrate, sanitize, applyManaged, applyPatch, isActiveOn, loadSettings, SETTINGS_VERSION }
  from '../../../extension/src/common/settings.js';

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
  const store = { settings: { disabledSites: ['x'] } };
  const sync = { get: async (k) => ({ [k]: store[k] }), set: async (o) => Object.assign(store, o) };
  const managed = { get: async () => { throw new Error('Managed storage manifest not found'); } };
  const { settings, locked } = await loadSettings(sync, managed);
  assert.equal(settings.sites.x, false);
  assert.equal(store.settings.version, SETTINGS_VERSION, 'migrated value written back');
  assert.deepEqual(locked, []);
});
