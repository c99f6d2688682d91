// Local network for the end-to-end tests, all on 127.0.0.1:
//  - the replica server (HTTPS), serving each replica under its real hostname with a strict CSP
//    (nonce'd scripts, no 'wasm-unsafe-eval'), like the real sites;
//  - a CONNECT proxy for Firefox (no host-resolver rules there) that tunnels the replica hosts
//    to the replica server and refuses everything else;
//  - a trap for Chromium (--host-resolver-rules "MAP * trap"): any other host lands there.
// Every request that reaches any of them is recorded in `log` ({ via, host, url }).
import https from 'node:https';
import http from 'node:http';
import net from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { HOSTS, OUT, pageHtml } from './replicas.mjs';
import { ensureCerts } from './certs.mjs';

const TYPES = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

function csp(nonce) {
  return [`default-src 'none'`, `script-src 'nonce-${nonce}' 'strict-dynamic'`, `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data:`, `font-src 'self'`, `connect-src 'self'`, `base-uri 'none'`, `form-action 'self'`,
    `frame-ancestors 'none'`].join('; ');
}

/** Server Name Indication of a TLS ClientHello, or null. */
function sniOf(buf) {
  try {
    if (buf[0] !== 0x16) return null;
    let p = 5 + 4 + 2 + 32; // record header, handshake header, version, random
    p += 1 + buf[p]; // session id
    p += 2 + buf.readUInt16BE(p); // cipher suites
    p += 1 + buf[p]; // compression
    const end = p + 2 + buf.readUInt16BE(p);
    for (p += 2; p + 4 <= end;) {
      const type = buf.readUInt16BE(p);
      const len = buf.readUInt16BE(p + 2);
      if (type === 0) return buf.toString('utf8', p + 9, p + 9 + buf.readUInt16BE(p + 7));
      p += 4 + len;
    }
  } catch { /* truncated hello */ }
  return null;
}

export async function startNetwork() {
  const { key, cert, spkiHash } = ensureCerts();
  const log = [];
  const replica = https.createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host || '').replace(/:\d+$/, '');
    log.push({ via: 'replica', host, url: req.url, method: req.method });
    const site = HOSTS[host];
    if (!site) { res.writeHead(421).end(); return; }
    const asset = req.url.match(/^\/assets\/([a-z]+\.(?:js|css))$/);
    if (asset) {
      const file = path.join(OUT, asset[1]);
      if (!fs.existsSync(file)) { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)], 'cache-control': 'no-store' });
      res.end(fs.readFileSync(file));
      return;
    }
    if (req.url === '/favicon.ico') { res.writeHead(204).end(); return; }
    const nonce = crypto.randomBytes(16).toString('base64');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp(nonce), 'cache-control': 'no-store' });
    res.end(pageHtml(site, nonce));
  });
  const proxy = http.createServer((req, res) => { // plain-HTTP proxying: never allowed
    log.push({ via: 'proxy-http', host: req.headers.host, url: req.url, method: req.method });
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket, head) => {
    const [host] = req.url.split(':');
    log.push({ via: 'proxy-connect', host, url: req.url, method: 'CONNECT' });
    if (!HOSTS[host]) { socket.end('HTTP/1.1 403 Forbidden\r\n\r\n'); return; }
    const upstream = net.connect(replica.address().port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  const trap = net.createServer((socket) => {
    socket.once('data', (buf) => {
      const sni = sniOf(buf);
      const hostHeader = /\r\nhost:\s*([^\r\n]+)/i.exec(buf.toString('latin1'))?.[1];
      log.push({ via: 'trap', host: sni || hostHeader || '?', url: '', method: '' });
      socket.destroy();
    });
    socket.on('error', () => {});
  });
  const listen = (srv) => new Promise((r) => srv.listen(0, '127.0.0.1', () => r(srv.address().port)));
  const ports = { replica: await listen(replica), proxy: await listen(proxy), trap: await listen(trap) };
  return {
    ports,
    spkiHash,
    log,
    close: () => Promise.all([replica, proxy, trap].map((s) => new Promise((r) => { s.closeAllConnections?.(); s.close(() => r()); }))),
  };
}
