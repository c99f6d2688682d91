// LinkedIn: the share box (Quill, older) and the newer TipTap/ProseMirror editor (share box and
// comments). Post/Comment buttons carry stable class names.
export default {
  id: 'linkedin',
  editor: 'quill',
  composers: ['.ql-editor[contenteditable="true"]', 'div.tiptap.ProseMirror[contenteditable="true"]'],
  publishButtons: [
    'button.share-actions__primary-action',
    'button.comments-comment-box__submit-button',
    'button.comments-comment-box__submit-button--cr',
  ],
};
