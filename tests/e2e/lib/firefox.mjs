// Firefox ESR driven by puppeteer-core (WebDriver BiDi), with the built extension installed as a
// temporary add-on. Firefox has no host-resolver rules: every connection goes through the local
// CONNECT proxy (server.mjs), which tunnels only the replica hosts and records everything.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import puppeteer from 'puppeteer-core';
import { ROOT } from './replicas.mjs';

export const FIREFOX_EXT_DIR = path.join(ROOT, 'build/extension/firefox');
const GECKO_ID = JSON.parse(fs.readFileSync(path.join(FIREFOX_EXT_DIR, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;

export async function launchFirefox(net) {
  const uuid = crypto.randomUUID();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'secretum-firefox-'));
  const started = performance.now();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX || '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1200, height: 800 },
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': net.ports.proxy,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': net.ports.proxy,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      'network.dns.disableIPv6': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'intl.locale.requested': 'fr',
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'app.update.enabled': false,
      'extensions.update.enabled': false,
      'browser.region.update.enabled': false,
      'services.settings.server': 'https://127.0.0.1:9/',
      'extensions.getAddons.cache.enabled': false,
      'browser.newtabpage.enabled': false,
      'dom.push.connection.enabled': false,
      'extensions.blocklist.enabled': false,
      'services.settings.poll_interval': 86400000,
      'browser.topsites.contile.enabled': false,
      'extensions.systemAddon.update.enabled': false,
    },
  });
  await browser.installExtension(FIREFOX_EXT_DIR);
  const base = `moz-extension://${uuid}`;
  return {
    browser, base, profile,
    readyMs: performance.now() - started,
    async close() {
      await browser.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
