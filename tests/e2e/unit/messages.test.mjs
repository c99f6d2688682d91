// Typed messages: the background's router validates every request before any handler runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MSG, MAX_TEXT, PORT_NAME, validateRequest, makeRouter, makePortListener, portClient } from '../../../extension/src/common/messages.js';

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
  assert.equal(validateRequest({ type: MSG.DISABLE_RULE, rule: 'room-bed' }), null);
  assert.match(validateRequest({ type: MSG.DISABLE_RULE, rule: 'Room bed; drop' }), /rule/);
  assert.match(validateRequest({ type: MSG.DISABLE_RULE, rule: 7 }), /rule/);
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

/** A pair of connected fake Ports (postMessage on one delivers asynchronously to the other). */
function fakePorts(name, sender) {
  const mk = () => ({ name, sender, msgL: [], discL: [], other: null, closed: false,
    onMessage: { addListener(f) { this.owner.msgL.push(f); } },
    onDisconnect: { addListener(f) { this.owner.discL.push(f); } },
    postMessage(m) { if (this.closed) throw new Error('closed'); const o = this.other; queueMicrotask(() => o.msgL.forEach((f) => f(structuredClone(m)))); },
    disconnect() { this.closed = this.other.closed = true; this.other.discL.forEach((f) => f()); } });
  const a = mk();
  const b = mk();
  a.onMessage.owner = a.onDisconnect.owner = a;
  b.onMessage.owner = b.onDisconnect.owner = b;
  a.other = b;
  b.other = a;
  return [a, b];
}

test('port_requests_are_validated_answered_by_id_and_fail_on_disconnect', async () => {
  const listener = makePortListener({ [MSG.ANALYZE]: async ({ text }) => ({ n: text.length }) }, { allowSender: (s) => s.id === 'me' });
  let server;
  const request = portClient(() => { const [client, srv] = fakePorts(PORT_NAME, { id: 'me' }); server = srv; listener(srv); return client; });
  const [a, b] = await Promise.all([request({ type: MSG.ANALYZE, text: 'abc', site: 'x' }), request({ type: MSG.ANALYZE, text: 'abcdef', site: 'x' })]);
  assert.deepEqual([a.n, b.n], [3, 6]);
  assert.equal((await request({ type: MSG.ANALYZE, text: 42, site: 'x' })).ok, false, 'validated');
  const inFlight = request({ type: MSG.ANALYZE, text: 'x', site: 'x' });
  server.disconnect();
  assert.deepEqual(await inFlight, { ok: false, error: 'disconnected' });
  assert.equal((await request({ type: MSG.ANALYZE, text: 'again', site: 'x' })).n, 5, 'reconnects');
});

test('port_from_a_foreign_sender_is_closed_without_running_handlers', async () => {
  let ran = false;
  const listener = makePortListener({ [MSG.ANALYZE]: () => { ran = true; return {}; } }, { allowSender: (s) => s.id === 'me' });
  const request = portClient(() => { const [client, srv] = fakePorts(PORT_NAME, { id: 'evil' }); listener(srv); return client; });
  assert.equal((await request({ type: MSG.ANALYZE, text: 'a', site: 'x' })).ok, false);
  assert.equal(ran, false);
});

test('style_and_undo_requests_are_validated', () => {
  assert.equal(validateRequest({ type: MSG.STYLE, names: { high: 'abcdefghijkl' } }), null, 'shape only: the background checks the names');
  assert.match(validateRequest({ type: MSG.STYLE, names: ['x'] }), /object/);
  assert.equal(validateRequest({ type: MSG.UNDO_DISABLE, undo: '0123456789abcdef0123456789abcdef' }), null);
  assert.match(validateRequest({ type: MSG.UNDO_DISABLE, undo: 'room-bed' }), /token/);
  assert.match(validateRequest({ type: MSG.UNDO_DISABLE }), /token/);
});
