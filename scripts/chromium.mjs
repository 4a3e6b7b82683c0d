// Debian's Chromium, the only browser the tests and benchmarks use (nothing downloads one).
// The flags let it run as root in a container without a network: no sandbox, no GPU, no
// /dev/shm, and none of its background connections (they would be refused here).
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
