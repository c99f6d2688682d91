// Fallback on the supported sites for editors no site module knows yet (messaging boxes, new
// composers after a redesign): any visible textarea or top-level contenteditable. Findings are
// analyzed with site 'generic'. Publish buttons are unknown here (Ctrl/Cmd+Enter still checks).
export default {
  id: 'generic',
  editor: 'generic',
  composers: ['textarea', '[contenteditable="true"]', '[contenteditable=""]', '[contenteditable="plaintext-only"]'],
  publishButtons: [],
};
