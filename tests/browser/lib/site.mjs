// The site under test: a temporary directory holding the demo configuration
// and database, the fixture server serving demo/site/, the demo ingested by
// the real `broadsheet` binary, `broadsheet serve` on a free loopback port,
// and a headless Chromium with a fresh profile.
//
// startSite() returns a Site; Site.close() stops everything it started and
// removes the temporary directory (kept when BROWSER_TESTS_KEEP_TMP=1).
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, runToCompletion, stop } from './processes.mjs';
import { scaled } from './timeouts.mjs';

export const kRepoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
// Ingesting the 87-article demo takes a few seconds; the bound only catches a hang.
const kIngestTimeoutMs = scaled(60_000);
// Bounds every navigation and wait in the browser, so a stuck page fails fast.
export const kNavigationTimeoutMs = scaled(15_000);

// Creating the operator account hashes its password with argon2id once.
const kUserAddTimeoutMs = scaled(20_000);
// The desk account the tests sign in with; its password is made up per run.
const kAdminUsername = 'desk-admin';

const kChromiumArgs = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic',
];

// Binaries come from BROADSHEET_BINARY / BROADSHEET_FIXTURES_BINARY when set,
// else from BROADSHEET_BUILD_DIR (relative to the repository, default build/).
function binary(envName, fallback) {
  const buildDir = path.resolve(kRepoRoot, process.env.BROADSHEET_BUILD_DIR || 'build');
  const p = process.env[envName] || path.join(buildDir, fallback);
  if (!fs.existsSync(p)) throw new Error(`${envName}: ${p} does not exist (build it, or set ${envName})`);
  return p;
}

// A loopback port that was free a moment ago. The site needs its own origin
// before it starts: /admin refuses form posts whose Origin is not base_url.
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function isLoopback(url) {
  try {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'about:' || u.protocol === 'blob:') return true;
    return u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
  } catch {
    return false;
  }
}

export class Site {
  constructor() {
    this.tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-browser-'));
    this.fixtures = null;   // child process
    this.smtp = null;       // child process: the loopback SMTP server
    this.mailDir = path.join(this.tmp, 'mail');  // every message it received, one .eml file each
    this.server = null;     // child process
    this.context = null;    // playwright persistent BrowserContext
    this.baseUrl = '';      // http://127.0.0.1:N (no trailing slash)
    this.fixturesUrl = '';  // origin of the partner papers
    this.blockedRequests = []; // non-loopback URLs the browser tried to load
    // The operator account `broadsheet user add` creates for /admin.
    this.admin = { username: kAdminUsername, password: crypto.randomBytes(18).toString('base64url') };
    this.adminCookie = null;  // "name=value" of the session signIn() started
    // An interrupted run (signal, watchdog) exits without close(): the
    // children are killed by pid elsewhere; the directory goes here.
    this.removeTmp = () => {
      if (process.env.BROWSER_TESTS_KEEP_TMP !== '1') fs.rmSync(this.tmp, { recursive: true, force: true });
    };
    process.on('exit', this.removeTmp);
  }

  log(name) { return path.join(this.tmp, name); }

  async start() {
    const broadsheet = binary('BROADSHEET_BINARY', 'broadsheet');
    const fixturesBin = binary('BROADSHEET_FIXTURES_BINARY', 'broadsheet-fixtures');

    const fx = await startServer(fixturesBin,
      ['--root', path.join(kRepoRoot, 'demo/site'), '--port', '0', '--address', '127.0.0.1'],
      this.log('fixtures.log'), /listening on (http:\/\/127\.0\.0\.1:\d+)/);
    this.fixtures = fx.child;
    this.fixturesUrl = fx.match[1];

    // The same loopback SMTP server `make demo` runs, keeping every message.
    const smtp = await startServer('/usr/bin/python3',
      [path.join(kRepoRoot, 'tests/support/smtp_server.py'), '--port', '0', '--dir', this.mailDir],
      this.log('smtp.log'), /listening on 127\.0\.0\.1:(\d+)/);
    this.smtp = smtp.child;

    const port = await freePort();
    const config = path.join(this.tmp, 'broadsheet.toml');
    const demo = fs.readFileSync(path.join(kRepoRoot, 'demo/broadsheet.toml'), 'utf8');
    fs.writeFileSync(config, demo
      .replaceAll('@FIXTURES@', this.fixturesUrl)
      .replace(/^base_url = .*$/m, `base_url = "http://127.0.0.1:${port}"`)
      .replace(/^smtp_url = .*$/m, `smtp_url = "smtp://127.0.0.1:${smtp.match[1]}"`)
      .replace(/^database = .*$/m, `database = ${JSON.stringify(path.join(this.tmp, 'demo.db'))}`));

    await runToCompletion(broadsheet, ['--config', config, 'ingest'], this.log('ingest.log'), kIngestTimeoutMs);
    await runToCompletion(broadsheet,
      ['--config', config, 'user', 'add', '--username', this.admin.username, '--role', 'admin', '--password-stdin'],
      this.log('user.log'), kUserAddTimeoutMs, `${this.admin.password}\n`);

    const srv = await startServer(broadsheet, ['--config', config, 'serve', '--port', String(port), '--no-scheduler'],
      this.log('serve.log'), /serving .* on (http:\/\/127\.0\.0\.1:\d+)\//);
    this.server = srv.child;
    this.baseUrl = srv.match[1];

    const executablePath = process.env.CHROMIUM_BINARY || '/usr/bin/chromium';
    if (!fs.existsSync(executablePath)) throw new Error(`${executablePath} is missing: run scripts/install-browser-deps`);
    this.context = await chromium.launchPersistentContext(path.join(this.tmp, 'profile'), {
      executablePath,
      headless: true,
      args: kChromiumArgs,
      timeout: kNavigationTimeoutMs,
      viewport: { width: 1280, height: 800 },
      // The site's Content-Security-Policy forbids inline scripts, which is how
      // axe-core is injected; the policy itself is not what these tests check.
      bypassCSP: true,
      // The runner's own cleanup kills the browser; Playwright's handlers would race it.
      handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    });
    this.context.setDefaultTimeout(kNavigationTimeoutMs);
    this.context.setDefaultNavigationTimeout(kNavigationTimeoutMs);
    // Tests talk to loopback only: anything else is refused and remembered.
    await this.context.route('**/*', (route) => {
      const url = route.request().url();
      if (isLoopback(url)) return route.continue();
      this.blockedRequests.push(url);
      return route.abort('blockedbyclient');
    });
    await this.signIn();
    return this;
  }

  // Signs in to /admin over HTTP and gives the browser the session cookie, so
  // every tab (and fetchHtml) can open desk pages. Specs that test the sign-in
  // form itself clear the browser's cookies first and call this again after.
  async signIn() {
    const res = await fetch(this.url('/admin/login'), {
      method: 'POST', redirect: 'manual', signal: AbortSignal.timeout(kNavigationTimeoutMs),
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: this.baseUrl },
      body: new URLSearchParams({ username: this.admin.username, password: this.admin.password }).toString(),
    });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0];
    const eq = cookie.indexOf('=');
    if (![302, 303].includes(res.status) || eq <= 0) {
      throw new Error(`signing in to /admin answered ${res.status} without a session cookie`);
    }
    this.adminCookie = cookie;
    await this.context.addCookies([{
      name: cookie.slice(0, eq), value: cookie.slice(eq + 1), domain: '127.0.0.1', path: '/admin',
      httpOnly: true, sameSite: 'Strict', secure: false,
    }]);
  }

  url(p) { return new URL(p, this.baseUrl + '/').href; }

  // The messages the SMTP server received for `address`, oldest first, raw.
  mailTo(address) {
    if (!fs.existsSync(this.mailDir)) return [];
    return fs.readdirSync(this.mailDir).filter((f) => f.endsWith('.eml') && !f.startsWith('.')).sort()
      .map((f) => fs.readFileSync(path.join(this.mailDir, f), 'utf8'))
      .filter((m) => m.includes(`X-Envelope-To: <${address}>`));
  }

  // A new tab, optionally with another viewport width and colour scheme, or
  // with scripts off (Chromium's own switch over CDP: the persistent context
  // cannot turn JavaScript off per tab otherwise).
  async newPage({ width = 1280, height = 800, colorScheme = 'light', javascript = true } = {}) {
    const page = await this.context.newPage();
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    if (!javascript) {
      const cdp = await this.context.newCDPSession(page);
      await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    }
    return page;
  }

  // Raw HTML and status of a page, as the server sends it (no browser); desk
  // pages are fetched with the session signIn() started.
  async fetchHtml(p) {
    const headers = p.startsWith('/admin') && this.adminCookie ? { cookie: this.adminCookie } : {};
    const res = await fetch(this.url(p), { signal: AbortSignal.timeout(kNavigationTimeoutMs), redirect: 'manual', headers });
    return { status: res.status, headers: res.headers, html: await res.text() };
  }

  async close() {
    if (this.context) {
      // close() can hang on a wedged browser; the process reaper below still runs.
      await Promise.race([this.context.close().catch(() => {}), new Promise((r) => setTimeout(r, 5_000))]);
    }
    await stop(this.server);
    await stop(this.fixtures);
    await stop(this.smtp);
    if (process.env.BROWSER_TESTS_KEEP_TMP === '1') console.log(`# kept ${this.tmp}`);
    this.removeTmp();
    process.off('exit', this.removeTmp);
  }
}

export async function startSite() {
  const site = new Site();
  try {
    return await site.start();
  } catch (e) {
    await site.close().catch(() => {});
    throw e;
  }
}
