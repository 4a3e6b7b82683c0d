import { expect } from '@open-wc/testing';
import { emulateMedia, engine, resetMedia, setViewport } from './browser.js';

describe('test support', () => {
  it('names the engine the user agent says', () => {
    const ua = navigator.userAgent;
    const expected = /Firefox\//.test(ua) ? 'firefox' : /Chrom(e|ium)\//.test(ua) ? 'chromium' : 'webkit';
    expect(engine()).to.equal(expected);
    expect(['chromium', 'firefox', 'webkit']).to.include(engine());
  });

  it('sets the viewport in CSS pixels', async () => {
    for (const width of [640, 500, 480, 460, 1280]) {
      await setViewport({ width, height: 700 });
      expect(window.innerWidth).to.equal(width);
      expect(window.innerHeight).to.equal(700);
    }
  });

  it('sets a 320 px viewport, or says why it cannot (WebKit)', async () => {
    if (engine() === 'webkit') {
      let message = '';
      await setViewport({ width: 320, height: 640 }).catch((e: Error) => (message = e.message));
      expect(message).to.match(/minimum window width/);
      return;
    }
    await setViewport({ width: 320, height: 640 });
    expect(window.innerWidth).to.equal(320);
  });

  it('emulates print where the engine can, and says so', async function () {
    const done = await emulateMedia({ media: 'print' });
    if (engine() === 'chromium') expect(done).to.equal(true);
    if (done) expect(matchMedia('print').matches).to.equal(true);
    await resetMedia();
    expect(matchMedia('print').matches).to.equal(false);
  });

  it('emulates forced colours where the engine can', async () => {
    const done = await emulateMedia({ forcedColors: 'active' });
    if (engine() === 'chromium') expect(done).to.equal(true);
    if (done) expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    await resetMedia();
    expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
  });
});
