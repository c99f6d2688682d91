// Debian's Chromium driven by playwright-core, with the built extension loaded and the replica
// hostnames resolved to the local network (everything else to the trap). Records every request
// the browser context sees (pages, extension pages, the extension's service worker).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, HOSTS } from './replicas.mjs';

export const EXT_DIR = path.join(ROOT, 'build/extension/chrome');

export async function launchChromium(net, { colorScheme = 'light' } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'secretum-chromium-'));
  const rules = [...Object.keys(HOSTS).map((h) => `MAP ${h} 127.0.0.1:${net.ports.replica}`),
    `MAP * 127.0.0.1:${net.ports.trap}`, 'EXCLUDE localhost'].join(', ');
  const started = performance.now();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 800 },
    colorScheme,
    locale: 'fr-FR',
    args: [
      `--disable-extensions-except=${EXT_DIR}`, `--load-extension=${EXT_DIR}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--disable-default-apps', '--disable-domain-reliability', '--metrics-recording-only', '--no-pings',
      ...(process.env.SECRETUM_CHROMIUM_ARGS ? process.env.SECRETUM_CHROMIUM_ARGS.split(' ') : []),
      `--host-resolver-rules=${rules}`, `--ignore-certificate-errors-spki-list=${net.spkiHash}`, '--lang=fr-FR', '--allow-browser-signin=false', '--disable-field-trial-config', '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication,CertificateTransparencyComponentUpdater,InterestFeedContentSuggestions',
    ],
  });
  const requests = [];
  context.on('request', (r) => requests.push({ url: r.url(), from: r.serviceWorker() ? 'service-worker' : 'page' }));
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  // Content scripts are registered by the background at install (per-site state).
  await waitFor(async () => (await sw.evaluate(() => chrome.scripting.getRegisteredContentScripts())).length === 3, 10000,
    'content scripts registered');
  const readyMs = performance.now() - started;
  return {
    context, sw, extensionId, requests, readyMs,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
    profile,
  };
}

export async function waitFor(fn, timeout = 5000, what = 'condition') {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try { last = await fn(); if (last) return last; } catch (e) { last = e; }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what} (last: ${last})`);
}
