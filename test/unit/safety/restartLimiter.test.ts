import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RestartLimiter, type ServerCrashState } from '../../../client/src/restartLimiter';

const RESTART = 2;
const DO_NOT_RESTART = 1;

function limiter() {
  let time = 0;
  const lines: string[] = [];
  const states: ServerCrashState[] = [];
  const handler = new RestartLimiter({
    maxRestarts: 4,
    windowMs: 3 * 60_000,
    log: (line) => lines.push(line),
    onCrash: (state) => states.push(state),
    now: () => time,
  });
  return { handler, lines, states, advance: (ms: number) => (time += ms) };
}

describe('restarting a crashed server', () => {
  it('writes the action values vscode-languageclient declares', () => {
    // The limiter cannot load the library (it needs the editor), so it writes the values out.
    const declarations = readFileSync(
      join(import.meta.dirname, '../../../node_modules/vscode-languageclient/lib/common/client.d.ts'),
      'utf8',
    );
    for (const value of ['Continue = 1', 'Shutdown = 2', 'DoNotRestart = 1', 'Restart = 2']) {
      assert.ok(declarations.includes(value), value);
    }
  });

  it('restarts four times within three minutes, then leaves it stopped, saying so each time', () => {
    const { handler, lines, states, advance } = limiter();
    const actions = Array.from({ length: 5 }, () => {
      advance(10_000);
      return handler.closed();
    });
    assert.deepEqual(
      actions.map((result) => [result.action, result.handled]),
      [...Array(4).fill([RESTART, true]), [DO_NOT_RESTART, true]],
    );
    assert.deepEqual(
      states.map((state) => [state.kind, state.crashes]),
      [
        ['restarted', 1],
        ['restarted', 2],
        ['restarted', 3],
        ['restarted', 4],
        ['stopped', 5],
      ],
    );
    assert.equal(
      lines[0],
      'The Error Catalog server stopped unexpectedly (see the lines above for why); restarting it (1 of 4 restarts in 3 minutes).',
    );
    assert.equal(
      lines[4],
      'The Error Catalog server stopped unexpectedly 5 times in 3 minutes and was not restarted again; see the lines above for why. Run "Error Catalog: Restart Language Server" to try again.',
    );
  });

  it('forgets crashes older than the window, and all of them after a restart by hand', () => {
    const { handler, advance } = limiter();
    for (let i = 0; i < 4; i++) handler.closed();
    advance(3 * 60_000);
    assert.equal(handler.closed().action, RESTART);
    for (let i = 0; i < 3; i++) handler.closed();
    assert.equal(handler.closed().action, DO_NOT_RESTART);
    handler.reset();
    assert.equal(handler.closed().action, RESTART);
  });

  it('logs a failed connection, keeping the server for three failures and shutting it down after', () => {
    const { handler, lines } = limiter();
    const results = [1, 3, 4].map(
      (count) => handler.error(new Error('write EPIPE'), undefined, count).action,
    );
    assert.deepEqual(results, [1, 1, 2]);
    assert.deepEqual(lines, [
      'The connection to the server failed (failure 1): write EPIPE.',
      'The connection to the server failed (failure 3): write EPIPE.',
      'The connection to the server failed (failure 4): write EPIPE. Shutting the server down.',
    ]);
  });
});
