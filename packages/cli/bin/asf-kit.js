#!/usr/bin/env node
// The `asf-kit` executable. It runs the compiled command line in dist/ (from `npm run build`);
// this file is in the source so that `npm ci` links `asf-kit` before anything is built.
try {
  await import('../dist/bin.js');
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && /dist[\\/]bin\.js/u.test(String(error.message))) {
    const args = process.argv.slice(2);
    const flag = args.find((a, i) => a.startsWith('--lang=') || args[i - 1] === '--lang');
    const en = flag
      ? /en$/u.test(flag)
      : /^en/iu.test(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '');
    process.stderr.write(
      en
        ? 'asf-kit: the command line is not built; run "npm run build" in the repository first.\n'
        : 'asf-kit: kommandoraden är inte byggd; kör "npm run build" i förrådet först.\n',
    );
    process.exit(2);
  }
  throw error;
}
