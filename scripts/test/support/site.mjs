// The example site as the end-to-end tests visit it: the repository served on localhost with
// the probe script in every page, every answer of 400 or more kept, and helpers to load a page
// (directly, or framed at a given viewport size) and wait until its elements have rendered.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../serve.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

const PROBE = '<script src="/scripts/test/support/probe.js"></script>';

/** A page asked for with `?js=off` gets a policy that forbids every script: JavaScript off, in every engine alike. */
const JS_OFF = { 'content-security-policy': "default-src 'self'; script-src 'none'" };
const pageHeaders = (url) => (new URL(url, 'http://x').searchParams.get('js') === 'off' ? JS_OFF : {});

/** Starts the site. `root` serves another folder (a Storybook build), with the test frame in it. */
export async function startSite({ root } = {}) {
  const failures = [];
  if (root) {
    mkdirSync(join(root, '__e2e__'), { recursive: true });
    for (const f of ['frame.html', 'frame.css']) copyFileSync(join(here, f), join(root, '__e2e__', f));
  }
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    root,
    injectHead: root ? undefined : PROBE,
    pageHeaders,
    onResponse: (status, url) => {
      if (status >= 400) failures.push(`HTTP ${status}: ${url}`);
    },
  });
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    framePath: root ? '/__e2e__/frame.html' : '/scripts/test/support/frame.html',
    /** The failed answers since the last call. */
    takeFailures: () => failures.splice(0),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** In the page (or the framed page): true once every asf-* element has rendered its data or an error. */
export function elementsReady() {
  const doc = document.querySelector('iframe[title="page under test"]')?.contentDocument ?? document;
  if (doc.readyState !== 'complete') return false;
  const win = doc.defaultView;
  const all = [...doc.querySelectorAll('*')].filter((el) => el.localName.startsWith('asf-'));
  return all.every(
    (el) => win.customElements.get(el.localName) && el.shadowRoot && !el.shadowRoot.querySelector('[part~="loading"]'),
  );
}

/** Loads `path` and waits for its elements; returns the page's problems (probe and server). */
export async function visit(page, site, path) {
  site.takeFailures();
  await page.goto(site.base + path);
  await page.waitFor(elementsReady, [], { what: `the elements of ${path} to render` });
  return () => page.evaluate(() => window.__asfProblems.slice()).then((p) => [...p, ...site.takeFailures()]);
}

/** Loads `path` into the test frame at width × height CSS pixels and waits for its elements. */
export async function visitFramed(page, site, path, width, height, { ready } = {}) {
  site.takeFailures();
  await page.goto(site.base + site.framePath);
  await page.evaluate(
    (src, w, h) =>
      new Promise((resolve, reject) => {
        const frame = document.querySelector('iframe');
        frame.width = String(w);
        frame.height = String(h);
        frame.addEventListener('load', () => resolve(true), { once: true });
        frame.addEventListener('error', () => reject(new Error('frame failed')), { once: true });
        frame.src = src;
      }),
    site.base + path,
    width,
    height,
  );
  if (ready) await page.waitFor(ready, [], { what: `${path} to render at ${width} px` });
  await page.waitFor(elementsReady, [], { what: `the elements of ${path} to render at ${width} px` });
  // Two frames for layout to settle (container queries, fonts).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
}

/**
 * For a describe block: starts the site and the engine before its tests and stops both after.
 * Returns an object whose `site` and `page` are set once the block's tests run.
 */
export function useEngine(id, { before, after, launch }) {
  const ctx = { site: undefined, engine: undefined, page: undefined };
  before(async () => {
    ctx.site = await startSite();
    ctx.engine = await launch(id);
    ctx.page = await ctx.engine.newPage();
  });
  after(async () => {
    await ctx.page?.close();
    await ctx.engine?.close();
    await ctx.site?.close();
  });
  return ctx;
}
