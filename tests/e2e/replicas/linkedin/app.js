// Replica of LinkedIn's composers with the real editors: the share box (Quill 2, ".ql-editor",
// opened from "Commencer un post", "Publier" = button.share-actions__primary-action) and a
// comment box with TipTap/ProseMirror ("div.tiptap.ProseMirror", button.comments-comment-box__submit-button).
// Tests read window.__replica.text('share') (Quill getText()) and .text('comment') (TipTap getText()).
import Quill from 'quill';
import 'quill/dist/quill.core.css';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import './linkedin.css';

const replica = (window.__replica = { models: {}, editors: {}, published: [] });
const $ = (sel) => document.querySelector(sel);

function openShareBox() {
  if ($('#share-dialog')) return;
  document.body.append($('#share-template').content.cloneNode(true));
  const quill = new Quill('#share-dialog .editor', { placeholder: 'De quoi souhaitez-vous discuter ?', modules: { toolbar: false } });
  replica.editors.share = quill;
  replica.models.share = () => quill.getText().replace(/\n$/, '');
  const button = $('#share-dialog .share-actions__primary-action');
  const sync = () => { button.disabled = quill.getText().trim().length === 0; };
  quill.on('text-change', sync);
  sync();
  button.addEventListener('click', () => {
    replica.published.push(replica.models.share());
    $('#share-dialog').remove();
    delete replica.models.share;
  });
  $('#share-dialog .artdeco-modal__dismiss').addEventListener('click', () => $('#share-dialog').remove());
  quill.focus();
}

$('#start-post').addEventListener('click', openShareBox);

const comment = new Editor({
  element: $('#comment-editor'),
  extensions: [StarterKit],
  editorProps: { attributes: { 'aria-label': 'Ajouter un commentaire…', role: 'textbox' } },
});
replica.editors.comment = comment;
replica.models.comment = () => comment.getText({ blockSeparator: '\n' });
$('.comments-comment-box__submit-button').addEventListener('click', () => {
  replica.published.push(replica.models.comment());
  comment.commands.clearContent();
});
