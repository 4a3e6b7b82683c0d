import { test } from 'node:test';
import assert from 'node:assert/strict';
import { progress, type Io } from './io.js';
import { asfKit, tempFiles } from './testing/run.js';

function fakeIo(isTTY: boolean, env: Record<string, string> = {}): Io & { err: string[] } {
  const err: string[] = [];
  return { lang: 'sv', env, stdout: { write: () => true }, stderr: { write: (s: string) => err.push(s), isTTY }, err };
}

test('progress is shown on a terminal and cleared at the end; quiet when piped or in CI', () => {
  const tty = fakeIo(true);
  const bar = progress(tty);
  bar.update({ sv: 'Prövar 1 av 30 …', en: 'Checking 1 of 30 …' });
  bar.done();
  assert.deepEqual(tty.err, ['\r\u001b[2KPrövar 1 av 30 …', '\r\u001b[2K']);
  for (const io of [fakeIo(false), fakeIo(true, { CI: 'true' })]) {
    const quiet = progress(io);
    quiet.update({ sv: 'x', en: 'x' });
    quiet.done();
    assert.deepEqual(io.err, []);
  }
});

test('a long check piped to a file prints no progress, only the summary', async () => {
  const rows = Array.from({ length: 45 }, (_, i) => `P${i};${20 + i};hemlöshet`).join('\r\n');
  const tmp = tempFiles({ 'p.csv': `Namn;Ålder;Stödbehov\r\n${rows}\r\n` });
  try {
    const r = await asfKit(['check', 'target-group', tmp.path('p.csv')]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stderr,
      `${tmp.path('p.csv')}: kolumnerna "Namn" är inga uppgifter för target-group; de förs över oförändrade.\n45 fall: 45 uppfyller, 0 uppfyller inte, 0 behöver utredas.\n`,
    );
  } finally {
    tmp.cleanup();
  }
});
