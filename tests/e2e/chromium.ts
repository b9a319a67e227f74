/**
 * How tests and benchmarks start Chromium here: Debian's build (Playwright's own browser
 * download is never used) with the background services off, since this machine has no network
 * and their failing connections only add noise.
 */
export const chromiumLaunchOptions = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
