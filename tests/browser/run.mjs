// End-to-end tests of the reader site in headless Chromium.
//   node tests/browser/run.mjs        (after scripts/install-browser-deps)
// Env: BROADSHEET_BUILD_DIR (default build), or BROADSHEET_BINARY and
//      BROADSHEET_FIXTURES_BINARY (default <build dir>/broadsheet{,-fixtures}),
//      CHROMIUM_BINARY (default /usr/bin/chromium),
//      BROWSER_TESTS_KEEP_TMP=1 keeps the temporary directory (logs, database).
// Artifacts (screenshots, saved HTML) go to test-artifacts/; with
// BROWSER_TESTS_UPDATE_DOCS=1 the screenshots are also copied to docs/screenshots/.
//
// Specs live in tests/browser/specs/*.mjs; each default-exports a function
// that declares node:test tests against the shared `env` (env.site, env.catalog,
// env.pageUrl(type)), which is ready when the tests run. A spec may also export
// prepare(env), called once the site is up, to start slow background work. Adding a page type
// to PAGE_TYPES in lib/catalog.mjs covers it in every per-page-type spec.
import fs from 'node:fs';
import path from 'node:path';
import { describe, before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { scaled } from './lib/timeouts.mjs';

// Exit status CTest treats as "skipped" (SKIP_RETURN_CODE) when the browser
// test tools are not installed; scripts/install-browser-deps installs them.
const kSkipExitCode = 77;
const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const chromiumPath = process.env.CHROMIUM_BINARY || '/usr/bin/chromium';
const missingTools = [
  [path.join(repoRoot, 'node_modules/playwright-core'), 'npm package playwright-core'],
  [path.join(repoRoot, 'node_modules/axe-core'), 'npm package axe-core'],
  [path.join(repoRoot, 'node_modules/vnu-jar'), 'npm package vnu-jar'],
  [chromiumPath, 'Chromium'],
].filter(([p]) => !fs.existsSync(p)).map(([, what]) => what);
if (missingTools.length) {
  console.log(`# SKIP browser tests: missing ${missingTools.join(', ')}; run scripts/install-browser-deps`);
  process.exit(kSkipExitCode);
}

const { startSite, kRepoRoot } = await import('./lib/site.mjs');
const { buildCatalog, PAGE_TYPES } = await import('./lib/catalog.mjs');
const { killAllNow } = await import('./lib/processes.mjs');

// The whole run must finish well inside CI's patience (CTest allows 700 s
// at the time scale of 2 it sets)
// on 2 shared cores; past this the runner kills its children and fails
// rather than hang.
const kWholeRunBudgetMs = scaled(250_000);
// Building the site (fixture server, ingest, serve, Chromium start) is bounded separately.
const kSetupTimeoutMs = scaled(90_000);

const watchdog = setTimeout(() => {
  console.error(`# browser tests exceeded ${kWholeRunBudgetMs / 1000}s: killing servers and browser`);
  killAllNow();
  process.exit(1);
}, kWholeRunBudgetMs);
watchdog.unref();
for (const [sig, number] of [['SIGHUP', 1], ['SIGINT', 2], ['SIGTERM', 15]]) {
  process.on(sig, () => { killAllNow(); process.exit(128 + number); });
}

const artifacts = path.join(kRepoRoot, 'test-artifacts');
fs.mkdirSync(artifacts, { recursive: true });

const env = {
  site: null,
  catalog: null,
  artifacts,
  pageTypes: PAGE_TYPES,
  // URL path of a page type, or null when the site has none.
  pageUrl(type) {
    const t = PAGE_TYPES.find((p) => p.name === type);
    if (!t) throw new Error(`unknown page type ${type}`);
    return t.find(env.catalog);
  },
};

const specDir = path.join(path.dirname(new URL(import.meta.url).pathname), 'specs');
const specs = fs.readdirSync(specDir).filter((f) => f.endsWith('.mjs')).sort();
const modules = await Promise.all(specs.map((f) => import(path.join(specDir, f))));

describe('reader site', () => {
  before(async () => {
    env.site = await startSite();
    env.catalog = await buildCatalog(env.site);
    // Slow work that needs no browser (the Java validator) starts now and
    // runs alongside the browser tests; its test awaits the result.
    for (const m of modules) if (m.prepare) m.prepare(env);
  }, { timeout: kSetupTimeoutMs });

  after(async () => {
    if (env.site) await env.site.close();
  }, { timeout: scaled(20_000) });

  modules.forEach((m, i) => describe(specs[i].replace(/\.mjs$/, ''), () => m.default(env)));

  // Last, after every page has been loaded by some test.
  test('no request left loopback', () => {
    assert.deepEqual(env.site.blockedRequests, [], 'pages load nothing from other hosts');
  });
});
