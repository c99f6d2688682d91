// The three replica sites: which hostnames serve which app, their HTML shells, and the esbuild
// bundles of their apps (real Draft.js / Lexical / Quill / TipTap from npm). Cost: ~1-2 s to
// bundle all three; skipped when the bundles are newer than their sources.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const OUT = path.join(ROOT, 'build/e2e/replicas');
const SRC = path.join(ROOT, 'tests/e2e/replicas');

export const HOSTS = {
  'x.com': 'x', 'twitter.com': 'x',
  'www.facebook.com': 'facebook', 'web.facebook.com': 'facebook',
  'www.linkedin.com': 'linkedin',
};

const FACEBOOK_BODY = `
<div class="top"><b>f</b></div>
<div class="feed">
  <div class="card whats"><div class="avatar"></div><button id="open-composer" type="button">Quoi de neuf, Claire ?</button></div>
  <div class="card post"><b>Dr Claire Martin</b><p>Belle journée de formation aux gestes d'urgence avec l'équipe !</p>
    <div id="comment-box"><div class="avatar" style="width:32px;height:32px"></div>
      <form><div class="editor-wrap"><div class="placeholder">Écrivez un commentaire…</div>
        <div data-lexical-host contenteditable="true" role="textbox" aria-label="Écrivez un commentaire…" spellcheck="true"></div></div>
        <div role="button" aria-label="Publier" tabindex="0">➤</div></form></div></div>
</div>
<template id="dialog-template">
  <div id="composer-dialog" role="dialog" aria-label="Créer une publication"><div class="dialog">
    <header>Créer une publication<div role="button" aria-label="Fermer" tabindex="0">✕</div></header>
    <div class="who"><div class="avatar"></div>Claire Martin</div>
    <div class="editor-wrap"><div class="placeholder">Quoi de neuf, Claire ?</div>
      <div data-lexical-host contenteditable="true" role="textbox" aria-label="Quoi de neuf, Claire ?" aria-multiline="true" spellcheck="true"></div></div>
    <div class="publish" role="button" aria-label="Publier" tabindex="0">Publier</div>
  </div></div>
</template>`;

const LINKEDIN_BODY = `
<header class="global-nav"><b>in</b></header>
<main class="scaffold">
  <div class="artdeco-card share-box-feed-entry"><div class="avatar"></div><button id="start-post" type="button">Commencer un post</button></div>
  <div class="artdeco-card feed-shared-update-v2"><b>Dr Claire Martin</b> · Cardiologue<p>Ravie de présenter nos résultats au congrès de la SFC.</p>
    <div class="comments-comment-box"><div class="avatar" style="width:40px;height:40px"></div>
      <div class="comments-comment-box__form"><div id="comment-editor"></div></div>
      <button class="comments-comment-box__submit-button" type="button">Commenter</button></div></div>
</main>
<template id="share-template">
  <div id="share-dialog" class="artdeco-modal-overlay"><div class="artdeco-modal" role="dialog" aria-label="Créer un post">
    <header><span>Claire Martin</span><button class="artdeco-modal__dismiss" aria-label="Fermer" type="button">✕</button></header>
    <div class="share-creation-state__editor"><div class="editor"></div></div>
    <div class="share-box_actions"><button class="share-actions__primary-action" type="button">Publier</button></div>
  </div></div>
</template>`;

const BODIES = { x: '<div id="react-root"></div>', facebook: FACEBOOK_BODY, linkedin: LINKEDIN_BODY };
const TITLES = { x: 'Accueil / X', facebook: 'Facebook', linkedin: 'Fil | LinkedIn' };

/** The page for a site, with its scripts carrying the per-response CSP nonce. */
export function pageHtml(site, nonce) {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${TITLES[site]}</title>
<link rel="stylesheet" href="/assets/${site}.css"></head><body>${BODIES[site]}
<script nonce="${nonce}" src="/assets/${site}.js"></script></body></html>`;
}

const ENTRIES = { x: 'x/app.jsx', facebook: 'facebook/app.js', linkedin: 'linkedin/app.js' };

/** Bundles the three apps into build/e2e/replicas/<site>.{js,css} when their sources changed. */
export async function buildReplicas() {
  fs.mkdirSync(OUT, { recursive: true });
  const newest = Math.max(...fs.readdirSync(SRC, { recursive: true }).map((f) => fs.statSync(path.join(SRC, f)).mtimeMs),
    fs.statSync(path.join(ROOT, 'package-lock.json')).mtimeMs);
  for (const [site, entry] of Object.entries(ENTRIES)) {
    const js = path.join(OUT, `${site}.js`);
    if (fs.existsSync(js) && fs.statSync(js).mtimeMs > newest) continue;
    await esbuild.build({
      entryPoints: { [site]: path.join(SRC, entry) },
      outdir: OUT, bundle: true, format: 'iife', minify: true, jsx: 'automatic', logLevel: 'error',
      define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
      loader: { '.js': 'jsx' },
    });
  }
}
