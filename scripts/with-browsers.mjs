#!/usr/bin/env node
// Runs a command with what the browser tests need around it: for WebKit, an Xvfb display and a
// WebKitWebDriver on a free port (ASF_WEBKIT_DRIVER_PORT); for every engine, a private TMPDIR and
// XDG folders that are removed afterwards, so that interrupted runs leave no browser profiles.
// Everything it started is stopped when the command ends, fails or is interrupted.
//
//   node scripts/with-browsers.mjs web-test-runner
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, readFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { selectedEngines, WEBKIT_DRIVER_PATH } from './browsers.mjs';

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) {
  console.error('usage: node scripts/with-browsers.mjs <command> [args…]');
  process.exit(2);
}

const children = [];
const scratch = mkdtempSync(join(tmpdir(), 'asf-browsers-'));
let cleaned = false;
function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  for (const child of children.reverse()) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
    }
  }
  rmSync(scratch, { recursive: true, force: true });
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function startXvfb(env) {
  const displayFile = join(scratch, 'display');
  // -displayfd: Xvfb picks a free display and writes its number to fd 3.
  const { openSync } = await import('node:fs');
  const fd = openSync(displayFile, 'w');
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', fd],
    detached: true,
    env,
  });
  children.push(xvfb);
  for (let i = 0; i < 100; i++) {
    const text = readFileSync(displayFile, 'utf8').trim();
    if (text) return `:${text}`;
    if (xvfb.exitCode !== null) throw new Error(`Xvfb exited with ${xvfb.exitCode} (Debian: apt-get install xvfb)`);
    await sleep(100);
  }
  throw new Error('Xvfb did not report a display within 10 s');
}

async function startWebKitDriver(env) {
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
    env,
  });
  children.push(driver);
  for (let i = 0; i < 150; i++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return port;
    } catch {
      /* not listening yet */
    }
    await sleep(100);
  }
  throw new Error('WebKitWebDriver did not answer /status within 15 s');
}

async function main() {
  const engines = selectedEngines();
  const env = { ...process.env };
  for (const [name, dir] of [
    ['TMPDIR', 'tmp'],
    ['XDG_CACHE_HOME', 'cache'],
    ['XDG_CONFIG_HOME', 'config'],
    ['XDG_RUNTIME_DIR', 'runtime'],
  ]) {
    const path = join(scratch, dir);
    mkdirSync(path, { recursive: true, mode: 0o700 });
    env[name] = path;
  }
  if (engines.some((e) => e.id === 'webkit')) {
    env.DISPLAY = await startXvfb(env);
    env.ASF_WEBKIT_DRIVER_PORT = String(await startWebKitDriver(env));
  }
  const child = spawn(cmd, args, { stdio: 'inherit', env, shell: false });
  const code = await new Promise((resolve) => {
    child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
    child.on('error', (e) => {
      console.error(`with-browsers: cannot run ${cmd}: ${e.message}`);
      resolve(127);
    });
  });
  cleanUp();
  process.exit(code);
}

main().catch((e) => {
  console.error(`with-browsers: ${e.message}`);
  cleanUp();
  process.exit(1);
});
