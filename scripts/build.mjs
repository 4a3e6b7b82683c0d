#!/usr/bin/env node
// Builds everything a user of the packages gets:
//   1. rollup: ES modules of @asf-kit/core and @asf-kit/elements, and the CDN bundles;
//   2. tsc: the .d.ts files of both packages (core first: elements' types import core's), and
//      the command line, @asf-kit/cli (to packages/cli/dist);
//   3. the JSON Schema of the plan format, packages/core/dist/plan.schema.json.
import { spawnSync } from 'node:child_process';
import { writeFileSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

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

for (const pkg of ['core', 'elements', 'cli']) rmSync(join(root, 'packages', pkg, 'dist'), { recursive: true, force: true });

const times = {};
times.rollup = run(bin('rollup'), ['-c', 'rollup.config.mjs', '--silent']);
times.typesCore = run(bin('tsc'), ['-p', 'packages/core/tsconfig.build.json']);
times.typesElements = run(bin('tsc'), ['-p', 'packages/elements/tsconfig.build.json']);
// The command line: plain tsc to packages/cli/dist (Node runs it as it is; nothing to bundle).
times.cli = run(bin('tsc'), ['-p', 'packages/cli/tsconfig.build.json']);

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

const core = await import(pathToFileURL(join(root, 'packages/core/dist/index.js')).href);
const schemaPath = join(root, 'packages/core/dist/plan.schema.json');
writeFileSync(schemaPath, JSON.stringify(core.planJsonSchema(), null, 2) + '\n');

console.log(
  `build: done (rollup ${times.rollup} ms, types ${times.typesCore + times.typesElements} ms, cli ${times.cli} ms); ` +
    `wrote packages/core/dist, packages/elements/dist (cdn/ for <script type="module">), packages/cli/dist, custom-elements.json and plan.schema.json`,
);
