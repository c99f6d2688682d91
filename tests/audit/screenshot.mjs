// Opens an audit report.html in headless Chromium (playwright-core), records every request the
// page makes, exercises the filters, and saves a full-page screenshot.
//   node tests/audit/screenshot.mjs REPORT.html OUT.png [WIDTH]
// Prints one JSON object: {requests, posts, shown_after_filter, ..., console_errors}.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(path.join(root, 'package.json'));
const { chromium } = require('playwright-core');

const [report, png, width = '1200'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const result = { requests: [], console_errors: [] };
try {
  const context = await browser.newContext({ viewport: { width: Number(width), height: 900 },
                                             deviceScaleFactor: 1, locale: 'fr-FR' });
  const page = await context.newPage();
  const url = pathToFileURL(path.resolve(report)).href;
  page.on('request', (r) => { if (r.url() !== url) result.requests.push(r.url()); });
  page.on('console', (m) => { if (m.type() === 'error') result.console_errors.push(m.text()); });
  page.on('pageerror', (e) => result.console_errors.push(String(e)));
  await page.goto(url, { waitUntil: 'load' });

  const visible = () => page.$$eval('article.post', (ps) => ps.filter((p) => !p.hidden).length);
  result.posts = await page.$$eval('article.post', (ps) => ps.length);
  result.count_text = await page.$eval('#count', (e) => e.textContent).catch(() => null);
  result.lang = await page.$eval('html', (e) => e.lang);
  result.marks = await page.$$eval('article.post mark', (ms) => ms.length);

  if (result.posts > 0) {
    // Severity "high" off: only posts with a medium or low finding stay.
    await page.click('.chip[data-filter="sev"][data-value="high"]');
    result.shown_without_high = await visible();
    await page.click('.chip[data-filter="sev"][data-value="high"]');
    // A category bar: only that category.
    const firstCat = await page.$eval('button.cat', (b) => b.dataset.value);
    await page.click('button.cat');
    result.category_clicked = firstCat;
    result.shown_for_category = await visible();
    result.expected_for_category = await page.$$eval('article.post', (ps, c) =>
      ps.filter((p) => p.dataset.fc.split(' ').some((x) => x.endsWith(':' + c))).length, firstCat);
    await page.click('button.reset');
    // A month bar.
    const month = await page.$('svg .mbar');
    if (month) {
      await month.click();
      result.shown_for_month = await visible();
      result.expected_for_month = await page.$$eval('article.post', (ps, m) =>
        ps.filter((p) => p.dataset.month === m).length, await month.getAttribute('data-month'));
      await page.click('#monthclear');
    }
    // Search.
    await page.fill('#q', 'zzzz-nothing-matches');
    await page.waitForTimeout(400);  // the search is debounced
    result.shown_for_nonsense = await visible();
    result.empty_message_visible = await page.$eval('#empty', (e) => getComputedStyle(e).display !== 'none');
    await page.fill('#q', '');
    await page.waitForTimeout(400);
    // Sort by date, oldest first.
    await page.selectOption('#sort', 'old');
    result.sorted_oldest = await page.$$eval('article.post', (ps) => {
      const t = ps.map((p) => +p.dataset.t);
      return t.every((v, i) => i === 0 || t[i - 1] <= v);
    });
    await page.selectOption('#sort', 'serious');
    result.shown_after_reset = await visible();
    // Open the first "why" so that the screenshot shows an explanation.
    await page.click('article.post details.why summary');
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: png, fullPage: true });
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
