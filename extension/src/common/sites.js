// The sites Secretum runs on, declared once. The background registers content scripts from
// `matches`; the content script picks its site module from the page's hostname; the popup
// maps a tab's URL to a site id. Adding a site = one entry here + one module in src/sites/.

export const SITES = [
  { id: 'x', name: 'X / Twitter', hosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'] },
  { id: 'facebook', name: 'Facebook', hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'] },
  { id: 'linkedin', name: 'LinkedIn', hosts: ['www.linkedin.com'] },
];

/** Match patterns (https only) for a site, as used in host_permissions and content scripts. */
export function matchesFor(site) {
  return site.hosts.map((h) => `https://${h}/*`);
}

/** All match patterns, for the manifest's host_permissions. */
export function allMatches() {
  return SITES.flatMap(matchesFor);
}

/** Site id for a hostname, or null. Exact match only: no subdomain guessing. */
export function siteForHost(hostname) {
  const h = String(hostname || '').toLowerCase();
  return SITES.find((s) => s.hosts.includes(h))?.id ?? null;
}

/** Site id for a URL string, or null (bad URL, other scheme, other host). */
export function siteForUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' ? siteForHost(u.hostname) : null;
  } catch {
    return null;
  }
}
