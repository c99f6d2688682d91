// `web-ext lint` on the Firefox build; exits non-zero on any error (warnings are printed).
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
let out;
try {
  out = execFileSync(path.join(root, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', path.join(root, 'build/extension/firefox'),
    '--output', 'json', '--no-input'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
} catch (e) {
  out = e.stdout; // web-ext exits non-zero when it finds errors; the JSON says which
}
const report = JSON.parse(out);
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const m of report[kind]) console.log(`${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''} ${m.message}`);
}
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
process.exit(report.summary.errors === 0 ? 0 : 1);
