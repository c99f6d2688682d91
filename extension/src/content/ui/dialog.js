// The speed bump: a modal confirm before publishing with high-severity findings left. Never
// blocks silently: the user always sees why and can publish anyway. "Back to my post" has the
// initial focus (the safe default); Escape and the backdrop cancel.
import { uiLayer, h, syncTheme } from './host.js';
import { t } from '../../common/i18n.js';

let current = null;

export function isSpeedBumpOpen() {
  return !!current?.isConnected;
}

/**
 * @param {object} strings
 * @param {Array<object>} findings the high-severity findings left
 * @param {{ onConfirm: () => void, onCancel: () => void, themeFrom?: Element }} actions themeFrom: the
 *   composer, whose background chooses the dark or light dialog
 */
export function openSpeedBump(strings, findings, { onConfirm, onCancel, themeFrom }) {
  closeSpeedBump();
  const s = strings;
  const shown = findings.slice(0, 5);
  const done = (fn) => () => { closeSpeedBump(); fn(); };
  const cancel = h('button', { class: 'act primary cancel', onclick: done(onCancel) }, t(s, 'bumpCancel'));
  const confirm = h('button', { class: 'act danger confirm', onclick: done(onConfirm) }, t(s, 'bumpConfirm'));
  const dialog = h('div', { class: 'dialog', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'secretum-bump-title',
    'aria-describedby': 'secretum-bump-body' },
  h('h2', { id: 'secretum-bump-title' }, t(s, 'bumpTitle')),
  h('p', { id: 'secretum-bump-body' }, t(s, 'bumpBody', findings.length)),
  h('ul', {}, shown.map((f) => h('li', {}, `${f.message} : « ${f.text} »`))),
  findings.length > shown.length ? h('p', {}, t(s, 'bumpMore', findings.length - shown.length)) : null,
  h('div', { class: 'actions' }, cancel, confirm));
  current = h('div', { class: 'backdrop', onclick: (e) => { if (e.target === current) done(onCancel)(); } }, dialog);
  current.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (!e.isTrusted) return;
    if (e.key === 'Escape') { e.preventDefault(); done(onCancel)(); }
    if (e.key === 'Tab') { // keep focus in the dialog
      e.preventDefault();
      (e.target === cancel ? confirm : cancel).focus();
    }
  });
  syncTheme(themeFrom ?? document.activeElement);
  uiLayer().append(current);
  cancel.focus();
}

export function closeSpeedBump() {
  current?.remove();
  current = null;
}
