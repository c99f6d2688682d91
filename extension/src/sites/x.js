// X / Twitter: Draft.js composer (new post, reply, quote, modal and inline box) and the
// <textarea> of the mobile layout. The data-testid sits on the contenteditable itself;
// "tweetTextarea_0_label" also matches the prefix and is resolved to its editable child.
export default {
  id: 'x',
  editor: 'draft',
  composers: [
    'div[data-testid^="tweetTextarea"]',
    '.public-DraftEditor-content[contenteditable="true"]',
    'textarea[data-testid^="tweetTextarea"]',
  ],
  publishButtons: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'],
};
