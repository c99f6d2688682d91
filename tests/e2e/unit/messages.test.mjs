// Typed messages: the background's router validates every request before any handler runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MSG, MAX_TEXT, validateRequest, makeRouter } from '../../../extension/src/common/messages.js';

const call = (router, msg, sender = { id: 'me' }) => new Promise((resolve) => {
  const async = router(msg, sender, resolve);
  if (!async) setTimeout(() => resolve('no answer'), 20);
});

test('requests_are_validated_by_type', () => {
  assert.equal(validateRequest({ type: MSG.ANALYZE, text: 'a', site: 'x' }), null);
  assert.match(validateRequest({ type: MSG.ANALYZE, text: 3, site: 'x' }), /string/);
  assert.match(validateRequest({ type: MSG.ANALYZE, text: 'a', site: 'myspace' }), /site/);
  assert.match(validateRequest({ type: MSG.ANALYZE, text: 'a'.repeat(MAX_TEXT + 1), site: 'x' }), /long/);
  assert.match(validateRequest({ type: MSG.SET_SETTINGS, patch: [] }), /object/);
  assert.match(validateRequest({ type: 'other' }), /unknown/);
  assert.match(validateRequest(null), /object/);
});

test('router_answers_ok_with_the_handler_result', async () => {
  const router = makeRouter({ [MSG.ANALYZE]: async ({ text }) => ({ report: { n: text.length } }) });
  assert.deepEqual(await call(router, { type: MSG.ANALYZE, text: 'abc', site: 'x' }), { ok: true, report: { n: 3 } });
});

test('router_turns_handler_errors_into_error_answers', async () => {
  const router = makeRouter({ [MSG.STATE]: () => { throw new Error('boom'); } });
  assert.deepEqual(await call(router, { type: MSG.STATE, site: 'x' }), { ok: false, error: 'boom' });
});

test('router_rejects_invalid_requests_and_foreign_senders_without_running_handlers', async () => {
  let ran = false;
  const router = makeRouter({ [MSG.ANALYZE]: () => { ran = true; return {}; } }, { allowSender: (s) => s.id === 'me' });
  assert.equal((await call(router, { type: MSG.ANALYZE, text: 1, site: 'x' })).ok, false);
  assert.equal((await call(router, { type: MSG.ANALYZE, text: 'a', site: 'x' }, { id: 'evil' })).error, 'sender not allowed');
  assert.equal(await call(router, { type: 'not-ours' }), 'no answer', 'messages of others are left alone');
  assert.equal(ran, false);
});
