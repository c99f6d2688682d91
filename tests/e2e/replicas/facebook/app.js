// Replica of Facebook's composers with the real Lexical (as facebook.com uses): the "create post"
// dialog (opened from "Quoi de neuf ?") with its "Publier" div[role=button], and a comment box
// under a post — two Lexical editors on one page. As on facebook.com, the comment box publishes
// on plain Enter (Shift+Enter starts a new line); the post dialog publishes on Ctrl/Cmd+Enter. Tests read each editor's own EditorState
// through window.__replica.text(name) and published posts through window.__replica.published.
import {
  createEditor, $getRoot, $createParagraphNode, $getSelection, $isRangeSelection, COMMAND_PRIORITY_LOW, KEY_ENTER_COMMAND,
} from 'lexical';
import { registerRichText, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import './facebook.css';

const replica = (window.__replica = { models: {}, editors: {}, carets: {}, published: [] });
const $ = (sel) => document.querySelector(sel);
const textOf = (editor) => editor.getEditorState().read(() => $getRoot().getTextContent());
/** True when the editor's own selection is a caret after its last character. Lexical learns the
 * caret from the browser's selectionchange, a task later than focus(): keys sent before it are
 * applied to no selection, so tests wait for this before typing into a freshly focused editor. */
const caretAtEnd = (editor) => editor.getEditorState().read(() => {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return false;
  const last = $getRoot().getLastDescendant();
  if (!last) return true;
  const size = last.getTextContentSize();
  return selection.anchor.key === last.getKey() && selection.anchor.offset === size;
});

/** onSubmit: Ctrl/Cmd+Enter publishes; with enterSubmits, plain Enter does too (not Shift+Enter). */
function mountLexical(name, el, placeholder, onSubmit, { enterSubmits = false } = {}) {
  const editor = createEditor({ namespace: `fb-${name}`, nodes: [HeadingNode, QuoteNode], onError: (e) => { throw e; } });
  editor.setRootElement(el);
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);
  editor.registerUpdateListener(() => {
    placeholder.hidden = textOf(editor).length > 0;
  });
  if (onSubmit) {
    editor.registerCommand(KEY_ENTER_COMMAND, (e) => {
      if (e && (e.ctrlKey || e.metaKey || (enterSubmits && !e.shiftKey))) { e.preventDefault(); onSubmit(); return true; }
      return false;
    }, COMMAND_PRIORITY_LOW);
  }
  replica.editors[name] = editor;
  replica.models[name] = () => textOf(editor);
  replica.carets[name] = () => caretAtEnd(editor);
  return editor;
}

const clear = (editor) => editor.update(() => { const root = $getRoot(); root.clear(); root.append($createParagraphNode()); });

function openDialog() {
  if ($('#composer-dialog')) return;
  const tpl = document.getElementById('dialog-template');
  document.body.append(tpl.content.cloneNode(true));
  const editor = mountLexical('post', $('#composer-dialog [data-lexical-host]'), $('#composer-dialog .placeholder'), () => publish());
  const button = $('#composer-dialog [aria-label="Publier"]');
  const publish = () => {
    replica.published.push(textOf(editor));
    $('#composer-dialog').remove();
    delete replica.models.post;
  };
  button.addEventListener('click', publish);
  $('#composer-dialog [aria-label="Fermer"]').addEventListener('click', () => $('#composer-dialog').remove());
  $('#composer-dialog [data-lexical-host]').focus();
}

$('#open-composer').addEventListener('click', openDialog);
const publishComment = () => { replica.published.push(textOf(comment)); clear(comment); };
const comment = mountLexical('comment', $('#comment-box [data-lexical-host]'), $('#comment-box .placeholder'), () => publishComment(),
  { enterSubmits: true });
$('#comment-box form').addEventListener('submit', (e) => { e.preventDefault(); publishComment(); });
$('#comment-box [aria-label="Publier"]').addEventListener('click', publishComment);
