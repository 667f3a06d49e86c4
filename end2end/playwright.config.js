// End-to-end tests: the real `myrecord` binary with demo data on its own SQLite file, driven by
// Debian's Chromium. MYRECORD_BIN points at the binary (CI sets it; default: a debug build).
const { defineConfig } = require('@playwright/test');
const os = require('os');
const path = require('path');

const port = Number(process.env.E2E_PORT || 3100);
const bin = process.env.MYRECORD_BIN || path.join(__dirname, '..', 'target', 'debug', 'myrecord');
const scratch = path.join(os.tmpdir(), `myrecord-e2e-${process.pid}-${Date.now()}`);

// The demo password the tests sign in with; not a secret, the demo people are fictional.
process.env.E2E_DEMO_PASSWORD = process.env.E2E_DEMO_PASSWORD || 'end to end demo passphrase';

const chromium = {
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

// `serve --demo --state <state>` on its own port, database, notices folder and key.
function demoServer(state, serverPort) {
  const files = `${scratch}-${state}`;
  return {
    command: `"${bin}" serve --demo --state ${state}`,
    url: `http://127.0.0.1:${serverPort}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      MYRECORD_ADDR: `127.0.0.1:${serverPort}`,
      DATABASE_URL: `sqlite://${files}.db`,
      // Notices from re-reviews after a correction: outside the source tree.
      MYRECORD_NOTICES_DIR: `${files}-notices`,
      MYRECORD_SECRET_KEY_FILE: `${files}-secret.key`,
      MYRECORD_DEMO_PASSWORD: process.env.E2E_DEMO_PASSWORD,
      RUST_LOG: 'warn',
    },
  };
}

module.exports = defineConfig({
  testDir: './tests',
  timeout: 30_000,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: chromium,
    locale: 'en-US',
  },
  projects: [
    // axe-core is injected as a script, which the strict CSP would block: bypass it only here.
    { name: 'javascript-on', use: { javaScriptEnabled: true, bypassCSP: true } },
    { name: 'javascript-off', use: { javaScriptEnabled: false } },
  ],
  // The main demo (Pennsylvania, the default) on `port`; California's and Michigan's demos,
  // each on its own database, on the next two ports (tests/states.spec.js).
  webServer: [
    demoServer('PA', port),
    demoServer('CA', port + 1),
    demoServer('MI', port + 2),
  ],
});
