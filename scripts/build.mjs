#!/usr/bin/env node
// Builds everything a user of the packages gets:
//   1. rollup: ES modules of @asf-kit/core and @asf-kit/elements, and the CDN bundles;
//   2. tsc: the .d.ts files of both packages (core first: elements' types import core's), and
//      the command line, @asf-kit/cli (to packages/cli/dist);
//   3. the JSON Schema of the plan format, packages/core/dist/plan.schema.json;
//   4. the package surface around them: core's CommonJS folder (dist/cjs: a package.json that
//      says "commonjs" and a copy of the .d.ts files, which TypeScript then reads as CommonJS
//      declarations) and the .d.ts of each CDN bundle of the elements.
//   5. the elements' stylesheets as files (dist/css/asf-*.css), which server-rendered pages link;
//   6. the follow-up report of the Gävleborg plan (examples/report/), which `npm start` links;
//   7. the React 19 and Vue 3 examples (examples/react/dist, examples/vue/dist), with Vite, from
//      the packages just built, as static files that `npm start` serves.
import { spawnSync } from 'node:child_process';
import { writeFileSync, rmSync, cpSync, readdirSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, relative } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules/.bin', name);

function run(command, args) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: "${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
  return Date.now() - started;
}

for (const pkg of ['core', 'elements', 'cli'])
  rmSync(join(root, 'packages', pkg, 'dist'), { recursive: true, force: true });

const times = {};
times.rollup = run(bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']);
times.typesCore = run(bin('tsc'), ['-p', 'packages/core/tsconfig.build.json']);
times.typesElements = run(bin('tsc'), ['-p', 'packages/elements/tsconfig.build.json']);
// The command line: plain tsc to packages/cli/dist (Node runs it as it is; nothing to bundle).
times.cli = run(bin('tsc'), ['-p', 'packages/cli/tsconfig.build.json']);

// The elements' stylesheets as files, for server-rendered pages under a strict CSP.
times.css = run(process.execPath, ['scripts/element-css.mjs']);

// Core as CommonJS: rollup wrote dist/cjs/index.js; the folder's package.json makes Node and
// TypeScript read it (and the copied declarations) as CommonJS.
{
  const cjs = join(root, 'packages/core/dist/cjs');
  writeFileSync(join(cjs, 'package.json'), JSON.stringify({ type: 'commonjs' }, null, 2) + '\n');
  cpSync(join(root, 'packages/core/dist/types'), join(cjs, 'types'), { recursive: true });
}

// The CDN bundles export nothing a page can use (their exports are shared with their lazy
// chunks); importing one defines elements. Their declarations say that: the registration
// module's types (HTMLElementTagNameMap) and no exports.
{
  const cdn = join(root, 'packages/elements/dist/cdn');
  const types = join(root, 'packages/elements/dist/types');
  const elementDirs = readdirSync(types, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  for (const file of readdirSync(cdn).filter((f) => f.endsWith('.js'))) {
    const name = file.slice(0, -3);
    const dir = elementDirs.find((d) => existsSync(join(types, d, `${name}.d.ts`)));
    const target = name === 'asf-kit' ? join(types, 'all.d.ts') : dir ? join(types, dir, `${name}.d.ts`) : null;
    if (!target) {
      console.error(
        `build: no declarations for the CDN bundle cdn/${file} (expected dist/types/<element>/${name}.d.ts)`,
      );
      process.exit(1);
    }
    const from = relative(cdn, target)
      .replaceAll('\\', '/')
      .replace(/\.d\.ts$/, '.js');
    writeFileSync(
      join(cdn, `${name}.d.ts`),
      `// cdn/${file} defines its elements when loaded and exports nothing you can use.\n` +
        `import '${from}';\nexport {};\n`,
    );
  }
}

// The custom-elements manifest, from the elements' JSDoc (run inside the package: the analyzer
// writes the "customElements" field of the package.json in the folder it runs in).
{
  const started = Date.now();
  const result = spawnSync(bin('cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], {
    cwd: join(root, 'packages/elements'),
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    console.error('build: the custom-elements manifest could not be written');
    process.exit(1);
  }
  times.manifest = Date.now() - started;
}

// The follow-up report of the Gävleborg plan, in Swedish and English, as `asf-kit report` writes
// it (server-rendered, strict-CSP-safe): `npm start`'s index links it.
{
  const started = Date.now();
  const plan = 'examples/plans/gavleborg-arsredovisning-2018.json';
  for (const [lang, out] of [
    ['sv', 'examples/report/gavleborg-2018/'],
    ['en', 'examples/report/gavleborg-2018-en/'],
  ]) {
    rmSync(join(root, out), { recursive: true, force: true });
    mkdirSync(join(root, 'examples/report'), { recursive: true });
    run(process.execPath, [
      'packages/cli/bin/asf-kit.js',
      'report',
      plan,
      '--as-of',
      '2018-12-31',
      '--lang',
      lang,
      '-o',
      out,
    ]);
  }
  times.report = Date.now() - started;
}

const core = await import(pathToFileURL(join(root, 'packages/core/dist/index.js')).href);
const schemaPath = join(root, 'packages/core/dist/plan.schema.json');
writeFileSync(schemaPath, JSON.stringify(core.planJsonSchema(), null, 2) + '\n');

{
  const started = Date.now();
  for (const example of ['react', 'vue'])
    run(bin('vite'), ['build', '--config', `examples/${example}/vite.config.mjs`]);
  times.examples = Date.now() - started;
}

console.log(
  `build: done (rollup ${times.rollup} ms, types ${times.typesCore + times.typesElements} ms, cli ${times.cli} ms, examples ${times.examples} ms); ` +
    `wrote packages/core/dist, packages/elements/dist (cdn/ for <script type="module">), packages/cli/dist, custom-elements.json, plan.schema.json and the React and Vue examples`,
);
