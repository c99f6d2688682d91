// The user's watch terms: whole words, case- and accent-insensitive, UTF-16 offsets into the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findWatchTerms, watchTermFindings } from '../../../extension/src/background/watchterms.js';

test('finds_whole_words_ignoring_case_and_accents', () => {
  const text = 'Garde au CHU Nord-Est 🙏 puis à l\'hôpital Saint-Éloi ; CHUNORD non.';
  const hits = findWatchTerms(text, ['chu nord', 'saint-eloi']);
  assert.deepEqual(hits.map((h) => text.slice(h.start, h.end)), ['CHU Nord', 'Saint-Éloi']);
});

test('does_not_flag_a_term_inside_a_longer_word', () => {
  assert.deepEqual(findWatchTerms('Tourcoing et Tours', ['Tour']), []);
});

test('decomposed_accents_keep_offsets_in_the_original_text', () => {
  const text = 'à Ble\u0301ville hier'; // é as e + combining acute
  const [h] = findWatchTerms(text, ['bléville']);
  assert.equal(text.slice(h.start, h.end), 'Ble\u0301ville');
});

test('findings_have_the_engine_shape', () => {
  const [f] = watchTermFindings('au CHU Nord', ['CHU Nord'], { watchTermMessage: 'm', watchTermWhy: 'w', watchTermSuggestion: 's' });
  assert.deepEqual(f, { rule: 'user-watch-term', category: 'reidentification', severity: 'medium', start: 3, end: 11,
    text: 'CHU Nord', message: 'm', why: 'w', sources: [], suggestion: 's' });
});
