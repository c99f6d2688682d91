// Every site module follows the conventions (as refined-github checks its features): known id,
// valid selectors, listed in common/sites.js; plus host matching and content-script registration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { SITE_MODULES, GENERIC } from '../../../extension/src/sites/index.js';
import { SITES, siteForHost, siteForUrl, allMatches } from '../../../extension/src/common/sites.js';
import { desiredScripts } from '../../../extension/src/background/registration.js';
import { defaultSettings } from '../../../extension/src/common/settings.js';

const SITES_DIR = path.resolve(import.meta.dirname, '../../../extension/src/sites');
// A selector is valid CSS if it parses; without a DOM, check balanced brackets/quotes and no commas
// (one selector per entry keeps them readable and individually testable).
const plausible = (sel) => /^[^,]+$/.test(sel) && (sel.match(/\[/g) || []).length === (sel.match(/\]/g) || []).length
  && (sel.match(/"/g) || []).length % 2 === 0;

test('every_site_module_is_registered_and_follows_the_conventions', () => {
  const files = fs.readdirSync(SITES_DIR).filter((f) => f !== 'index.js' && f !== 'generic.js').map((f) => f.replace(/\.js$/, ''));
  assert.deepEqual(files.sort(), Object.keys(SITE_MODULES).sort(), 'one module per file, all registered');
  assert.deepEqual(SITES.map((s) => s.id).sort(), Object.keys(SITE_MODULES).sort(), 'every module has hosts in common/sites.js');
  for (const [id, m] of Object.entries({ ...SITE_MODULES, generic: GENERIC })) {
    assert.equal(m.id, id);
    assert.ok(['draft', 'lexical', 'quill', 'generic'].includes(m.editor), `${id}.editor`);
    assert.ok(Array.isArray(m.composers) && m.composers.length > 0, `${id}.composers`);
    assert.ok(Array.isArray(m.publishButtons), `${id}.publishButtons`);
    assert.ok(m.enterPublishes === undefined || Array.isArray(m.enterPublishes), `${id}.enterPublishes (optional)`);
    for (const sel of [...m.composers, ...m.publishButtons, ...(m.enterPublishes ?? [])]) assert.ok(plausible(sel), `${id}: ${sel}`);
    const src = fs.readFileSync(path.join(SITES_DIR, `${id}.js`), 'utf8');
    assert.match(src, /^\/\/ /, `${id}.js opens with a comment saying what it knows`);
    assert.ok(src.split('\n').length < 80, `${id}.js stays small`);
  }
});

test('hosts_match_exactly_and_only_over_https', () => {
  assert.equal(siteForHost('x.com'), 'x');
  assert.equal(siteForHost('TWITTER.com'), 'x');
  assert.equal(siteForHost('evil-x.com'), null);
  assert.equal(siteForHost('x.com.evil.org'), null);
  assert.equal(siteForUrl('https://www.linkedin.com/feed/'), 'linkedin');
  assert.equal(siteForUrl('http://www.facebook.com/'), null);
  assert.equal(siteForUrl('not a url'), null);
  assert.ok(allMatches().every((m) => /^https:\/\/[a-z.]+\/\*$/.test(m)), 'no wildcard hosts, no <all_urls>');
});

test('content_scripts_are_registered_only_for_enabled_sites', () => {
  assert.deepEqual(desiredScripts(defaultSettings()).map((s) => s.id), ['secretum-site-x', 'secretum-site-facebook', 'secretum-site-linkedin']);
  const off = { ...defaultSettings(), sites: { x: true, facebook: false, linkedin: true } };
  assert.deepEqual(desiredScripts(off).map((s) => s.id), ['secretum-site-x', 'secretum-site-linkedin']);
  assert.deepEqual(desiredScripts({ ...defaultSettings(), enabled: false }), []);
});
