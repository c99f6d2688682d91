// Styles of everything Secretum draws in its shadow root (card, badge, dialog, fallback boxes).
// Adopted as a constructed stylesheet (not subject to the page's style-src), <style> otherwise.
export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483647;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #101828; --high: #d92d20; --medium: #b54708; --low: #1570ef; }
.box { position: fixed; pointer-events: none; border-radius: 2px; }
.box.high { background: rgba(240,68,56,.2); border-bottom: 2px solid #f04438; }
.box.medium { background: rgba(247,144,9,.2); border-bottom: 2px solid #f79009; }
.box.low { background: rgba(46,144,250,.16); border-bottom: 2px dotted #2e90fa; }
.mirror { position: fixed; visibility: hidden; overflow: hidden; white-space: pre-wrap; overflow-wrap: break-word; }

.badge { position: fixed; z-index: 1; display: flex; gap: 6px; align-items: center; padding: 3px 8px 3px 6px;
  border-radius: 999px; border: 1px solid rgba(16,24,40,.14); background: #fff; cursor: pointer;
  box-shadow: 0 1px 3px rgba(16,24,40,.18); font: 600 12px/18px system-ui, sans-serif; color: #101828; }
.badge:focus-visible { outline: 2px solid #1570ef; outline-offset: 2px; }
.badge .logo { width: 14px; height: 14px; border-radius: 4px; background: #1d2939; color: #fff;
  font-size: 10px; line-height: 14px; text-align: center; }
.count { display: inline-flex; align-items: center; gap: 3px; }
.dot { width: 8px; height: 8px; border-radius: 50%; display: inline-block; }
.dot.high { background: var(--high); } .dot.medium { background: var(--medium); } .dot.low { background: var(--low); }

.card { position: fixed; z-index: 2; width: 360px; max-width: calc(100vw - 16px); max-height: min(600px, calc(100vh - 16px));
  overflow: auto; background: #fff; color: #101828; border: 1px solid #d0d5dd; border-radius: 12px;
  box-shadow: 0 12px 32px rgba(16,24,40,.22), 0 2px 6px rgba(16,24,40,.1); padding: 14px 16px 12px; }
.card:focus { outline: none; }
.card header { display: flex; align-items: center; gap: 8px; margin-bottom: 6px; }
.pill { font: 700 11px/18px system-ui, sans-serif; letter-spacing: .02em; text-transform: uppercase;
  padding: 0 8px; border-radius: 999px; color: #fff; }
.pill.high { background: var(--high); } .pill.medium { background: var(--medium); } .pill.low { background: var(--low); }
.cat { font-size: 12px; color: #475467; flex: 1; }
.close { all: unset; cursor: pointer; width: 24px; height: 24px; border-radius: 6px; text-align: center;
  color: #475467; font-size: 18px; line-height: 24px; }
.close:hover, .close:focus-visible { background: #f2f4f7; }
.card h2 { font-size: 16px; line-height: 1.3; margin: 0 0 4px; font-weight: 650; }
.quote { margin: 0 0 8px; color: #344054; font-size: 13px; }
.quote mark { background: rgba(240,68,56,.16); color: inherit; border-radius: 3px; padding: 0 2px; }
.why { margin: 0 0 10px; color: #344054; font-size: 13px; }
.card h3 { margin: 10px 0 4px; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #667085; }
.sources, .signals { margin: 0; padding-left: 18px; font-size: 12.5px; }
.signals b { font-weight: 600; }
.sources a { color: #175cd3; text-decoration: underline; text-underline-offset: 2px; }
.suggestion { margin: 0; font-size: 13px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 12px; }
button.act { font: 600 12.5px/1 system-ui, sans-serif; padding: 8px 10px; border-radius: 8px; cursor: pointer;
  border: 1px solid #d0d5dd; background: #fff; color: #344054; }
button.act:hover { background: #f9fafb; }
button.act:focus-visible { outline: 2px solid #1570ef; outline-offset: 1px; }
button.act.primary { background: #1d2939; border-color: #1d2939; color: #fff; }
button.act.primary:hover { background: #344054; }
button.act.danger { background: #d92d20; border-color: #d92d20; color: #fff; }
.list { list-style: none; margin: 0; padding: 0; }
.list li button { all: unset; display: flex; gap: 8px; align-items: baseline; width: 100%; padding: 6px 4px;
  border-radius: 6px; cursor: pointer; font-size: 13px; }
.list li button:hover, .list li button:focus-visible { background: #f2f4f7; }
.list .txt { color: #475467; }
.undo-card { width: auto; max-width: 360px; display: flex; align-items: center; gap: 10px; }
.undo-card .undo-text { margin: 0; flex: 1; font-weight: 600; }
.undo-card .actions { margin: 0; flex-wrap: nowrap; align-items: center; }
.hint { font-size: 11.5px; color: #667085; margin-top: 10px; }

.backdrop { position: fixed; z-index: 3; inset: 0; width: 100vw; height: 100vh; background: rgba(16,24,40,.45);
  display: flex; align-items: center; justify-content: center; }
.dialog { width: 420px; max-width: calc(100vw - 24px); background: #fff; color: #101828; border-radius: 14px;
  padding: 20px 22px 16px; box-shadow: 0 20px 48px rgba(16,24,40,.35); }
.dialog h2 { margin: 0 0 8px; font-size: 18px; }
.dialog p { margin: 0 0 8px; color: #344054; }
.dialog ul { margin: 0 0 8px; padding-left: 18px; color: #344054; }
.dialog .actions { justify-content: flex-end; margin-top: 16px; }

/* Dark: follows the site's own theme where Secretum is drawn (ui/host.js syncTheme), not only the
   system's: X or Facebook in dark mode on a light system still get a dark card. */
.layer.dark .card, .layer.dark .dialog, .layer.dark .badge { background: #1d2939; color: #f2f4f7; border-color: #475467; }
.layer.dark .cat, .layer.dark .quote, .layer.dark .why, .layer.dark .dialog p, .layer.dark .dialog ul, .layer.dark .list .txt,
.layer.dark .suggestion { color: #d0d5dd; }
.layer.dark .card h3, .layer.dark .undo-card { width: auto; max-width: 360px; display: flex; align-items: center; gap: 10px; }
.undo-card .undo-text { margin: 0; flex: 1; font-weight: 600; }
.undo-card .actions { margin: 0; flex-wrap: nowrap; align-items: center; }
.hint { color: #98a2b3; }
.layer.dark .sources a { color: #84caff; }
.layer.dark button.act { background: #344054; color: #f2f4f7; border-color: #475467; }
.layer.dark button.act.primary { background: #f2f4f7; color: #101828; border-color: #f2f4f7; }
.layer.dark .close, .layer.dark .close:hover { color: #d0d5dd; background: transparent; }
.layer.dark .list li button:hover, .layer.dark .list li button:focus-visible { background: #344054; }
.layer.dark .badge .logo { background: #f2f4f7; color: #101828; }
`;
