// The user's own watch terms (their hospital, town, a patient's rare condition): findings added
// next to the engine's, same shape. Case- and accent-insensitive, whole words only.
// Cost: O(text length x terms); terms are capped at 50 by settings.

const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Finds whole-word occurrences of terms. Offsets are UTF-16 units into `text`: folding strips
 * combining marks, so it is done per character to keep a map back to the original offsets.
 */
export function findWatchTerms(text, terms) {
  if (!terms?.length || !text) return [];
  const map = []; // folded index -> original index
  let folded = '';
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i);
    const ch = String.fromCodePoint(cp);
    const f = fold(ch);
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
    i += ch.length;
  }
  map.push(text.length);
  const out = [];
  const isWord = (c) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);
  for (const term of terms) {
    const needle = fold(term.trim());
    if (!needle) continue;
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) {
      const endF = at + needle.length;
      if (isWord(folded[at - 1]) || isWord(folded[endF])) continue;
      const start = map[at];
      const end = endF < map.length - 1 ? map[endF] : text.length;
      out.push({ start, end, term });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Engine-shaped findings for the watch terms, in the message language. */
export function watchTermFindings(text, terms, strings) {
  return findWatchTerms(text, terms).map(({ start, end }) => ({
    rule: 'user-watch-term',
    category: 'reidentification',
    severity: 'medium',
    start,
    end,
    text: text.slice(start, end),
    message: strings.watchTermMessage,
    why: strings.watchTermWhy,
    sources: [],
    suggestion: strings.watchTermSuggestion,
  }));
}
