// A local certificate authority and a server certificate for the replica hostnames, made with
// openssl at test time (build/e2e/certs, reused while valid). Nothing is installed system-wide:
// Chromium trusts it by SPKI pin, Firefox through acceptInsecureCerts.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { ROOT, HOSTS } from './replicas.mjs';

const DIR = path.join(ROOT, 'build/e2e/certs');

export function ensureCerts() {
  const key = path.join(DIR, 'server.key');
  const crt = path.join(DIR, 'server.crt');
  if (!fs.existsSync(crt)) {
    fs.mkdirSync(DIR, { recursive: true });
    const run = (...args) => execFileSync('openssl', args, { cwd: DIR, stdio: 'pipe' });
    run('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '30',
      '-subj', '/CN=Secretum e2e local CA');
    run('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=secretum-replica');
    const sans = Object.keys(HOSTS).map((h) => `DNS:${h}`).join(',');
    fs.writeFileSync(path.join(DIR, 'ext.cnf'), `subjectAltName=${sans}\nextendedKeyUsage=serverAuth\n`);
    run('x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.crt',
      '-days', '30', '-extfile', 'ext.cnf');
  }
  const cert = fs.readFileSync(crt);
  const spki = new crypto.X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
  return {
    key: fs.readFileSync(key),
    cert,
    ca: fs.readFileSync(path.join(DIR, 'ca.crt')),
    spkiHash: crypto.createHash('sha256').update(spki).digest('base64'),
  };
}
