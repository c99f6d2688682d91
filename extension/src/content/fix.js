// One-click fix, applied THROUGH the editor so its own model (Draft.js ContentState, Lexical
// EditorState, Quill Delta, ProseMirror doc) records it like typing, with undo:
//   1. focus the editor and select the finding's range (textarea: setSelectionRange);
//   2. wait for the 'selectionchange' the frameworks listen to, so their selection agrees;
//   3. document.execCommand('insertText'), which fires beforeinput/input as typing does.
// Precondition: the range still covers finding.text (checked; else nothing is changed).
// Returns whether the editor's text now holds the replacement where the finding was.

const nextSelectionChange = (doc) =>
  new Promise((resolve) => {
    const done = () => { doc.removeEventListener('selectionchange', done); clearTimeout(timer); resolve(); };
    const timer = setTimeout(done, 60);
    doc.addEventListener('selectionchange', done);
  });

const frame = () => new Promise((r) => requestAnimationFrame(() => r()));

export async function applyFix(composer, finding) {
  const root = composer.root;
  const doc = root.ownerDocument;
  const replacement = finding.replacement;
  if (replacement === undefined) return false;
  if (composer.isTextarea) {
    if (root.value.slice(finding.start, finding.end) !== finding.text) return false;
    root.focus();
    root.setSelectionRange(finding.start, finding.end);
    doc.execCommand('insertText', false, replacement);
    return root.value.slice(finding.start, finding.start + replacement.length) === replacement;
  }
  const range = finding.range;
  if (!range || range.toString().replace(/\n/g, '') !== finding.text.replace(/\n/g, '')) return false;
  const before = composer.read().text;
  root.focus();
  const sel = doc.getSelection();
  const waiting = nextSelectionChange(doc);
  sel.removeAllRanges();
  sel.addRange(range.cloneRange());
  await waiting;
  await frame(); // React-based editors (Draft.js) read the new selection on their next tick
  const ok = doc.execCommand('insertText', false, replacement);
  const after = composer.read().text;
  if (!ok && after === before) {
    // Editors that cancel execCommand: the same edit as a trusted-looking beforeinput.
    root.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data: replacement, bubbles: true, cancelable: true }));
  }
  composer.schedule(true);
  return composer.read().text !== before;
}
