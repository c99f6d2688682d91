// Facebook: Lexical editors (post composer dialog and comment boxes). The post button is a
// div[role=button] labelled in the page's language. Comment boxes (inside a <form>) publish on
// plain Enter, Shift+Enter starts a new line: the speed bump watches that Enter too.
export default {
  id: 'facebook',
  editor: 'lexical',
  composers: ['div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]'],
  publishButtons: [
    'div[role="dialog"] [role="button"][aria-label="Publier"]',
    'div[role="dialog"] [role="button"][aria-label="Post"]',
    'form [role="button"][aria-label="Publier"]',
    'form [role="button"][aria-label="Post"]',
  ],
  enterPublishes: ['form div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]'],
};
