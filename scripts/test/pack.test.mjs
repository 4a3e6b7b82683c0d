// The packages as a user gets them: `npm pack` both workspaces, install the tarballs (no
// workspace links) into fresh consumer projects, and run each consumer:
//   - Node ESM (import, JSON subpaths) and Node CommonJS (require);
//   - TypeScript: module node16 (ES module and CommonJS), nodenext (CommonJS) and bundler —
//     each type-checked with tsc, then run (node16/nodenext compiled by tsc, bundler by esbuild);
//   - an esbuild bundle of one element, run in Chromium.
// Also checks what is in the tarballs: README, LICENSE, CHANGELOG, every export target, no
// import of a package the package does not declare.
//
// Offline: the consumers get a lock file made from the repository's own (same versions and
// integrity hashes), so `npm ci --offline` takes every dependency from the npm cache that the
// repository's `npm ci` filled. Needs `npm run build` first (the test packs what is built).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGES = ['core', 'elements'];
const tsc = join(root, 'node_modules/typescript/bin/tsc');

/** Runs a command; fails the test with its output when it exits non-zero. */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  if (result.status !== 0) {
    assert.fail(
      `"${command} ${args.join(' ')}" in ${cwd} exited ${result.status ?? result.signal}\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

/** The same, without blocking: the type checks of the consumers run side by side. */
function runAsync(command, args, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NODE_OPTIONS: '' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`"${command} ${args.join(' ')}" in ${cwd} exited ${code}\n${output}`)),
    );
  });
}

/** The last line a consumer prints: a JSON report of what it did. */
const report = (stdout) => JSON.parse(stdout.trim().split('\n').at(-1));

let tmp;
/** name → { manifest, tarball, integrity, files: Set of paths in the tarball, dir (installed) } */
const packed = {};
let consumers;

/**
 * A lock file for a project that depends on the two tarballs: each dependency (transitively)
 * with the version and integrity the repository's own lock file has for it, flat under
 * node_modules. `npm ci --offline` then needs nothing but the npm cache.
 */
function consumerLock(tarballs, extra) {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')).packages;
  const packages = { '': { name: 'asf-kit-consumers', dependencies: {} } };
  const queue = [];
  for (const { manifest, tarball, integrity } of tarballs) {
    const spec = `file:${relative(consumers, tarball)}`;
    packages[''].dependencies[manifest.name] = spec;
    packages[`node_modules/${manifest.name}`] = {
      version: manifest.version,
      resolved: spec,
      integrity,
      license: manifest.license,
      dependencies: manifest.dependencies,
      engines: manifest.engines,
    };
    for (const [name, range] of Object.entries(manifest.dependencies ?? {})) queue.push([name, range, manifest.name]);
  }
  for (const [name, range] of Object.entries(extra)) {
    packages[''].dependencies[name] = range;
    queue.push([name, range, 'the consumers']);
  }
  while (queue.length) {
    const [name, range, wantedBy] = queue.shift();
    const key = `node_modules/${name}`;
    if (packages[key]) {
      assert.ok(
        semver.satisfies(packages[key].version, range),
        `${wantedBy} wants ${name}@${range}, the lock has ${packages[key].version}`,
      );
      continue;
    }
    const candidates = Object.entries(lock).filter(
      ([path, entry]) => (path === key || path.endsWith(`/${key}`)) && semver.satisfies(entry.version, range),
    );
    assert.ok(candidates.length, `${name}@${range} (for ${wantedBy}) is not in the repository's package-lock.json`);
    const [, entry] = candidates.sort((a, b) => semver.rcompare(a[1].version, b[1].version))[0];
    const { dev, devOptional, peer, optional, ...kept } = entry;
    packages[key] = kept;
    for (const [dep, depRange] of Object.entries(entry.dependencies ?? {})) queue.push([dep, depRange, name]);
  }
  return { name: 'asf-kit-consumers', lockfileVersion: 3, requires: true, packages };
}

const write = (dir, files) => {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2) + '\n');
  }
  return dir;
};

const tsconfig = (compilerOptions) => ({
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    strict: true,
    skipLibCheck: false,
    types: ['node'],
    ...compilerOptions,
  },
  include: ['*.ts'],
});

/** The first example of the core README, in essence: parse a real plan, evaluate, check a rule. */
const coreExample = (load) => `
const text = ${load};
const parsed = parsePlanJson(text);
if (!parsed.success) throw new Error('the plan did not parse: ' + JSON.stringify(parsed.error.issues[0]));
const evaluation = evaluatePlan(parsed.data, { asOf: '2018-12-31' });
const active = evaluation.indicators.find((i) => i.id === 'aktiva-asf');
const verdict = await checkReservedContract({ integrationIsMainPurpose: true, peopleWorking: 20, peopleWorkingFromTargetGroups: 7 });
`;

before(async () => {
  for (const pkg of PACKAGES) {
    assert.ok(
      existsSync(join(root, 'packages', pkg, 'dist/index.js')),
      `packages/${pkg}/dist is missing: run \`npm run build\` first`,
    );
  }
  tmp = mkdtempSync(join(tmpdir(), 'asf-pack-'));
  consumers = join(tmp, 'consumers');
  mkdirSync(consumers);
  for (const pkg of PACKAGES) {
    const dir = join(root, 'packages', pkg);
    const [info] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', tmp], dir));
    packed[pkg] = {
      manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')),
      tarball: join(tmp, info.filename),
      integrity: info.integrity,
      files: new Set(info.files.map((f) => f.path)),
      dir: join(consumers, 'node_modules', info.name),
    };
  }
  // Node's types for the TypeScript consumers, in the version the repository uses.
  // And @lit-labs/ssr, the optional peer dependency of @asf-kit/elements/ssr.js.
  const extra = {
    '@types/node': JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies['@types/node'],
    '@lit-labs/ssr': JSON.parse(readFileSync(join(root, 'packages/elements/package.json'), 'utf8')).peerDependencies[
      '@lit-labs/ssr'
    ],
  };
  write(consumers, {
    'package.json': {
      name: 'asf-kit-consumers',
      private: true,
      dependencies: {
        ...Object.fromEntries(
          PACKAGES.map((p) => [packed[p].manifest.name, `file:${relative(consumers, packed[p].tarball)}`]),
        ),
        ...extra,
      },
    },
    'package-lock.json': consumerLock(
      PACKAGES.map((p) => packed[p]),
      extra,
    ),
    'plan.json': readFileSync(join(root, 'examples/plans/gavleborg-arsredovisning-2018.json'), 'utf8'),
  });
  run('npm', ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], consumers);
});

after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the tarballs', () => {
  it('each holds its README, the MIT LICENSE, its CHANGELOG and no tests or stories', () => {
    const license = readFileSync(join(root, 'LICENSE'), 'utf8');
    for (const pkg of PACKAGES) {
      const { files, dir, manifest } = packed[pkg];
      for (const f of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'])
        assert.ok(files.has(f), `${manifest.name}: ${f} is not in the tarball`);
      assert.equal(
        readFileSync(join(dir, 'LICENSE'), 'utf8'),
        license,
        `${manifest.name}: LICENSE differs from the repository's`,
      );
      assert.match(
        readFileSync(join(dir, 'README.md'), 'utf8'),
        new RegExp(`npm install ${manifest.name}`),
        `${manifest.name}: the README says how to install`,
      );
      assert.match(
        readFileSync(join(dir, 'CHANGELOG.md'), 'utf8'),
        new RegExp(`^## ${manifest.version.replaceAll('.', '\\.')}$`, 'm'),
        `${manifest.name}: CHANGELOG.md has no entry for ${manifest.version}`,
      );
      const strays = [...files].filter((f) => /\.(test|stories)\.ts$/.test(f));
      assert.deepEqual(strays, [], `${manifest.name}: tests or stories in the tarball`);
    }
  });

  it('every export target is in the tarball; no catch-all subpaths', () => {
    const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
    for (const pkg of PACKAGES) {
      const { files, manifest } = packed[pkg];
      for (const [subpath, value] of Object.entries(manifest.exports)) {
        assert.ok(!/^\.\/\*/.test(subpath), `${manifest.name}: the catch-all export "${subpath}" publishes internals`);
        for (const target of targets(value)) {
          const path = target.replace(/^\.\//, '');
          if (path.includes('*')) {
            const re = new RegExp(
              '^' +
                path
                  .split('*')
                  .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
                  .join('[^/]+') +
                '$',
            );
            assert.ok(
              [...files].some((f) => re.test(f)),
              `${manifest.name}: nothing in the tarball matches ${subpath} → ${target}`,
            );
          } else {
            assert.ok(files.has(path), `${manifest.name}: ${subpath} → ${target} is not in the tarball`);
          }
        }
      }
    }
  });

  it('elements: every registration module and every CDN bundle is exported, with types', () => {
    const { files, manifest } = packed.elements;
    const wanted = [...files].filter((f) => /^dist\/[^/]+\/asf-[^/]+\.js$/.test(f) || /^dist\/cdn\/[^/]+\.js$/.test(f));
    assert.ok(wanted.length >= 11, `expected 5 registration modules and 6 CDN bundles, found ${wanted.join(', ')}`);
    for (const file of [...wanted, 'dist/all.js']) {
      const subpath = './' + file.replace(/^dist\//, '');
      const entry = manifest.exports[subpath];
      assert.ok(entry, `${subpath} is not exported`);
      assert.ok(
        files.has(entry.types.replace(/^\.\//, '')),
        `${subpath}: its types ${entry.types} are not in the tarball`,
      );
    }
  });

  it('the published code and declarations import only packages the package declares', () => {
    const bare = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"]([^'".][^'"]*)['"]/g;
    const builtins = new Set(builtinModules);
    for (const pkg of PACKAGES) {
      const { files, dir, manifest } = packed[pkg];
      const declared = new Set([
        manifest.name,
        ...Object.keys(manifest.dependencies ?? {}),
        ...Object.keys(manifest.peerDependencies ?? {}),
      ]);
      for (const file of [...files].filter((f) => f.startsWith('dist/') && /\.(js|d\.ts)$/.test(f))) {
        const text = readFileSync(join(dir, file), 'utf8');
        for (const [, specifier] of text.matchAll(bare)) {
          if (specifier.startsWith('node:') || builtins.has(specifier)) continue;
          const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
          if (file.startsWith('dist/cdn/') && !file.endsWith('.d.ts')) {
            assert.fail(`${manifest.name}/${file}: the self-contained CDN bundle imports "${specifier}"`);
          }
          assert.ok(
            declared.has(name),
            `${manifest.name}/${file} imports "${specifier}", but ${name} is not among the package's dependencies`,
          );
        }
      }
    }
  });
});

/**
 * The TypeScript consumer projects, written and type-checked (tsc, side by side) before their
 * tests: the tests then run what tsc wrote (or esbuild bundles) and assert on the results.
 * Only the ES module consumer checks the declaration files themselves (skipLibCheck: false);
 * the dependency test above covers what they import.
 */
const typeChecks = {};

/** A CommonJS TypeScript program that imports core (compiled to require) and the elements (import()). */
const cjsProject = (module) => ({
  'package.json': { type: 'commonjs' },
  'tsconfig.json': tsconfig({ module, moduleResolution: module, outDir: 'out', skipLibCheck: true }),
  'main.ts': `
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlanJson, evaluatePlan, checkReservedContract, type Plan } from '@asf-kit/core';
async function main() {
${coreExample(`readFileSync(join(__dirname, '../../plan.json'), 'utf8')`)}
  const plan: Plan = parsed.data;
  // The elements are ES modules only: a CommonJS program loads them with import().
  const { AsfProgress } = await import('@asf-kit/elements');
  console.log(JSON.stringify({ resolved: require.resolve('@asf-kit/core'), progress: active?.progress, verdict: verdict.verdict, goals: plan.goals.length, classes: typeof AsfProgress }));
}
main().catch((e) => { console.error(e); process.exit(1); });
`,
});

function writeTsProjects() {
  const projects = {
    'ts-node16-esm': {
      'package.json': { type: 'module' },
      // noUncheckedSideEffectImports: an `import '…'` without types is an error, not a no-op.
      // types: [] and a two-line shim for node:fs keep @types/node out of this strict check.
      'tsconfig.json': tsconfig({
        module: 'node16',
        moduleResolution: 'node16',
        outDir: 'out',
        noUncheckedSideEffectImports: true,
        types: [],
      }),
      'node-fs.d.ts': `declare module 'node:fs' {\n  export function readFileSync(path: URL, encoding: 'utf8'): string;\n}\n`,
      'main.ts': `
import { readFileSync } from 'node:fs';
import { parsePlanJson, evaluatePlan, checkReservedContract, type Plan } from '@asf-kit/core';
import { AsfProgress, AsfStatusFilterChangeEvent } from '@asf-kit/elements';
${coreExample(`readFileSync(new URL('../../plan.json', import.meta.url), 'utf8')`)}
const plan: Plan = parsed.data;
const filter: typeof AsfStatusFilterChangeEvent = AsfStatusFilterChangeEvent;
console.log(JSON.stringify({ progress: active?.progress, verdict: verdict.verdict, goals: plan.goals.length, classes: [typeof AsfProgress, typeof filter] }));
`,
      // Type-checked, not run: the CDN bundles are for browsers. Their declarations bring the
      // tag names (HTMLElementTagNameMap) of the elements they define.
      'browser.ts': `
import '@asf-kit/elements/cdn/asf-progress.js';
import '@asf-kit/elements/cdn/asf-kit.js';
import type { AsfProgress, AsfResponsibilityMatrix } from '@asf-kit/elements';
export function create(): [AsfProgress, AsfResponsibilityMatrix] {
  const gauge = document.createElement('asf-progress');
  gauge.value = 28;
  return [gauge, document.createElement('asf-responsibility-matrix')];
}
`,
    },
    'ts-node16-cjs': cjsProject('node16'),
    'ts-nodenext-cjs': cjsProject('nodenext'),
    'ts-bundler': {
      'package.json': { type: 'module', private: true },
      'tsconfig.json': tsconfig({ module: 'ESNext', moduleResolution: 'bundler', noEmit: true, skipLibCheck: true }),
      'main.ts': `
import '@asf-kit/elements/progress/asf-progress.js';
import { summarizeIndicator, type IndicatorEvaluation } from '@asf-kit/core';
const gauge = document.createElement('asf-progress');
gauge.label = 'Antal aktivt verksamma ASF i länet';
gauge.value = 28;
gauge.target = 30;
gauge.baseline = 25;
gauge.unit = 'aktiva ASF';
document.body.append(gauge);
export type Summary = (evaluation: IndicatorEvaluation) => ReturnType<typeof summarizeIndicator>;
`,
    },
  };
  for (const [name, files] of Object.entries(projects)) {
    const dir = write(join(consumers, name), files);
    typeChecks[name] = runAsync(process.execPath, [tsc, '-p', '.'], dir);
    typeChecks[name].catch(() => {}); // reported by the test that awaits it
  }
}

describe('consumers of the installed tarballs', () => {
  before(writeTsProjects);

  it('Node ESM: imports core (and its JSON subpaths) and the elements', () => {
    const dir = write(join(consumers, 'node-esm'), {
      'package.json': { type: 'module' },
      'main.mjs': `
import { readFileSync } from 'node:fs';
import { parsePlanJson, evaluatePlan, checkReservedContract } from '@asf-kit/core';
import schema from '@asf-kit/core/plan.schema.json' with { type: 'json' };
import asfRules from '@asf-kit/core/rules/asf.tillvaxtverket.json' with { type: 'json' };
import cases from '@asf-kit/core/rules/cases.json' with { type: 'json' };
import * as elements from '@asf-kit/elements';
${coreExample(`readFileSync(new URL('../plan.json', import.meta.url), 'utf8')`)}
await import('@asf-kit/elements/all.js');
console.log(JSON.stringify({
  resolved: import.meta.resolve('@asf-kit/core'),
  progress: active.progress, verdict: verdict.verdict,
  schema: typeof schema.$schema, rules: Array.isArray(asfRules) || typeof asfRules === 'object', cases: Array.isArray(cases) || typeof cases === 'object',
  classes: typeof elements.AsfProgress, defined: customElements.get('asf-scorecard')?.name,
}));
`,
    });
    const out = report(run(process.execPath, ['main.mjs'], dir));
    assert.match(out.resolved, /\/node_modules\/@asf-kit\/core\/dist\/index\.js$/);
    assert.equal(out.progress, 0.6);
    assert.equal(out.verdict, 'eligible');
    assert.deepEqual(
      [out.schema, out.rules, out.cases, out.classes, out.defined],
      ['string', true, true, 'function', 'AsfScorecard'],
    );
  });

  it('Node ESM: renders the elements on the server with @asf-kit/elements/ssr.js, linking the shipped stylesheets', () => {
    const dir = write(join(consumers, 'node-ssr'), {
      'package.json': { type: 'module' },
      'main.mjs': `
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { html, renderToString } from '@asf-kit/elements/ssr.js';
const plan = JSON.parse(readFileSync(new URL('../plan.json', import.meta.url), 'utf8'));
const out = await renderToString(html\`<asf-scorecard .plan=\${plan} as-of="2018-12-31"></asf-scorecard>\`, {
  lang: 'en',
  stylesheets: '/asf-kit/css/',
});
const css = fileURLToPath(import.meta.resolve('@asf-kit/elements/css/asf-progress.css'));
console.log(JSON.stringify({
  english: out.includes('28 of 30 active WISEs'),
  links: (out.match(/<link rel="stylesheet" href="\\/asf-kit\\/css\\/asf-[a-z-]+\\.css">/g) ?? []).length,
  style: out.includes('<style'),
  css: existsSync(css) && readFileSync(css, 'utf8').includes(':host'),
  script: existsSync(fileURLToPath(import.meta.resolve('@asf-kit/elements/cdn/asf-kit-ssr.js'))),
}));
`,
    });
    const out = report(run(process.execPath, ['main.mjs'], dir));
    assert.deepEqual(out, { english: true, links: 14, style: false, css: true, script: true });
  });

  it('Node CommonJS: require() of core (its CommonJS build) and of the elements', () => {
    const dir = write(join(consumers, 'node-cjs'), {
      'package.json': { type: 'commonjs' },
      'main.cjs': `
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { parsePlanJson, evaluatePlan, checkReservedContract } = require('@asf-kit/core');
const schema = require('@asf-kit/core/plan.schema.json');
const { version } = require('@asf-kit/core/package.json');
const elements = require('@asf-kit/elements'); // an ES module: require(esm), Node >= 20.19
(async () => {
${coreExample(`readFileSync(join(__dirname, '../plan.json'), 'utf8')`)}
console.log(JSON.stringify({
  resolved: require.resolve('@asf-kit/core'), version, schema: typeof schema.$schema,
  progress: active.progress, verdict: verdict.verdict, classes: typeof elements.AsfProgress,
}));
})().catch((e) => { console.error(e); process.exit(1); });
`,
    });
    const out = report(run(process.execPath, ['main.cjs'], dir));
    assert.match(out.resolved, /\/node_modules\/@asf-kit\/core\/dist\/cjs\/index\.js$/);
    assert.equal(out.version, packed.core.manifest.version);
    assert.equal(out.schema, 'string');
    assert.equal(out.progress, 0.6);
    assert.equal(out.verdict, 'eligible');
    assert.equal(out.classes, 'function');
  });

  it('TypeScript, module node16, ES module: type-checks (CDN bundle types included) and runs', async () => {
    const dir = join(consumers, 'ts-node16-esm');
    await typeChecks['ts-node16-esm'];
    const out = report(run(process.execPath, ['out/main.js'], dir));
    assert.deepEqual(out, { progress: 0.6, verdict: 'eligible', goals: out.goals, classes: ['function', 'function'] });
    assert.ok(out.goals > 0);
  });

  for (const module of ['node16', 'nodenext']) {
    it(`TypeScript, module ${module}, CommonJS: type-checks and runs (require of core)`, async () => {
      const dir = join(consumers, `ts-${module}-cjs`);
      await typeChecks[`ts-${module}-cjs`];
      const main = readFileSync(join(dir, 'out/main.js'), 'utf8');
      assert.match(main, /require\("@asf-kit\/core"\)/, 'tsc compiled the import to require()');
      const out = report(run(process.execPath, ['out/main.js'], dir));
      assert.match(out.resolved, /\/dist\/cjs\/index\.js$/);
      assert.equal(out.progress, 0.6);
      assert.equal(out.verdict, 'eligible');
      assert.equal(out.classes, 'function');
    });
  }

  it('TypeScript, moduleResolution bundler, and an esbuild bundle of one element: type-checks, bundles, renders in Chromium', async () => {
    const dir = join(consumers, 'ts-bundler');
    await typeChecks['ts-bundler'];
    const result = await build({
      entryPoints: [join(dir, 'main.ts')],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      minify: true,
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].text;
    assert.doesNotMatch(
      code,
      /asf-scorecard|asf-activity-table|asf-responsibility-matrix/,
      'the bundle of one element carries the others',
    );
    const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.setContent('<!doctype html><html lang="sv"><body></body></html>');
      await page.addScriptTag({ content: code, type: 'module' });
      const text = await page.waitForFunction(
        () => {
          const el = document.querySelector('asf-progress');
          const t = el?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
          return /28/.test(t) && /30/.test(t) ? t : false;
        },
        { timeout: 10_000 },
      );
      assert.match(await text.jsonValue(), /aktiva ASF/);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
});
