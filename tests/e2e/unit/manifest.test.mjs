// The built manifests ask for the least that works: storage + scripting, the three sites' exact
// https hosts, no way in from pages or other extensions, no resource exposed to pages, and a CSP
// that lets extension code connect to nothing but its own files. Needs scripts/build-extension.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { allMatches } from '../../../extension/src/common/sites.js';

const BUILD = path.resolve(import.meta.dirname, '../../../build/extension');

for (const browser of ['chrome', 'firefox']) {
  test(`${browser}_manifest_asks_for_the_least_permissions_that_work`, () => {
    const m = JSON.parse(fs.readFileSync(path.join(BUILD, browser, 'manifest.json'), 'utf8'));
    assert.deepEqual(m.permissions, ['storage', 'scripting'], 'storage for settings, scripting to inject per enabled site');
    assert.deepEqual(m.host_permissions, allMatches());
    assert.ok(m.host_permissions.every((h) => /^https:\/\/(www\.|web\.|m\.|mobile\.)?(x|twitter|facebook|linkedin)\.com\/\*$/.test(h)), 'exact https hosts');
    for (const key of ['optional_permissions', 'externally_connectable', 'web_accessible_resources', 'content_scripts', 'oauth2', 'key']) {
      assert.ok(!(key in m), `no ${key}`);
    }
    const csp = m.content_security_policy.extension_pages;
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    assert.match(csp, /connect-src 'self'(;|$)/, 'no connection outside the extension');
    assert.doesNotMatch(csp, /https?:|\*|'unsafe-eval'|'unsafe-inline'/);
  });
}
