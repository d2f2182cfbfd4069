// The operator desk (/admin) in the browser: signing in through the form,
// pinning a story to the front page and unpinning it, and forged or
// cross-site form posts refused. The runner created the account with
// `broadsheet user add --role admin --password-stdin` (lib/site.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scaled } from '../lib/timeouts.mjs';

// Signing in runs argon2id on the server: slow on a busy machine.
const kTestTimeoutMs = scaled(45_000);

const text = async (locator) => (await locator.textContent()).replace(/\s+/g, ' ').trim();
const idOf = (href) => Number((href.match(/^\/article\/(\d+)/) || [])[1]);

async function pinnedIds(page) {
  const hrefs = await page.locator('main ol li > a[href^="/article/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  return hrefs.map(idOf);
}

export default function (env) {
  test('desk: signing in through the form', { timeout: kTestTimeoutMs }, async (t) => {
    const { site, catalog } = env;
    if (!catalog.available.admin) return t.skip('the server has no /admin');
    // Start signed out: the runner's own session lives in the browser's cookies.
    await site.context.clearCookies();
    const page = await site.newPage();
    try {
      await page.goto(site.url('/admin'));
      assert.equal(new URL(page.url()).pathname, '/admin/login', 'a signed-out visit is sent to the sign-in form');
      assert.equal(await text(page.locator('h1')), 'Sign in to the desk');

      await page.getByLabel('Username').fill(site.admin.username);
      await page.getByLabel('Password').fill(`${site.admin.password}-wrong`);
      const [refused] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/admin/login') && r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Sign in' }).click()]);
      assert.equal(refused.status(), 403, 'a wrong password is refused');
      assert.equal(await text(page.getByRole('alert')), 'Wrong username or password.');
      assert.equal((await site.context.cookies()).length, 0, 'no session cookie after a failed sign-in');

      await page.getByLabel('Username').fill(site.admin.username);
      await page.getByLabel('Password').fill(site.admin.password);
      await Promise.all([page.waitForURL((u) => u.pathname === '/admin'), page.getByRole('button', { name: 'Sign in' }).click()]);
      assert.equal(await text(page.locator('main h1')), 'Sources');
      assert.match(await text(page.locator('.signout')), new RegExp(`Signed in as ${site.admin.username} \\(admin\\)`));
      const listed = await page.locator('.admin-table tbody th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      // The desk also lists partners with nothing published yet (not on the public site).
      assert.deepEqual(catalog.sources.filter((s) => !listed.includes(s)), [], 'every partner on the site is listed on the desk');
      const cookie = (await site.context.cookies()).find((c) => c.path === '/admin');
      assert.ok(cookie && cookie.httpOnly && cookie.sameSite === 'Strict', 'the session cookie is HttpOnly and SameSite=Strict');
    } finally {
      await page.close();
      // Later tests (and fetchHtml) use the runner's session again.
      await site.signIn();
    }
  });

  test('desk: pin a story, see it lead the front page, unpin it', { timeout: kTestTimeoutMs }, async (t) => {
    const { site, catalog } = env;
    if (!catalog.available.admin) return t.skip('the server has no /admin');
    const page = await site.newPage();
    try {
      await page.goto(site.url('/admin/pins'));
      assert.equal(await text(page.locator('main h1')), 'Front-page pins');
      const before = await pinnedIds(page);
      // "Recent articles": each row has its own Pin button.
      const candidate = page.locator('main ul li', { has: page.getByRole('button', { name: 'Pin', exact: true }) }).first();
      const link = candidate.locator('a[href^="/article/"]');
      const id = idOf(await link.getAttribute('href'));
      const title = await text(link);
      assert.ok(id > 0 && !before.includes(id), `a recent, unpinned story to pin (${id})`);

      await Promise.all([page.waitForURL((u) => u.pathname === '/admin/pins'), candidate.getByRole('button', { name: 'Pin', exact: true }).click()]);
      assert.ok((await pinnedIds(page)).includes(id), 'the story is listed as pinned');

      await page.goto(site.url('/'));
      const pinned = page.locator('.front-pinned');
      assert.equal(await pinned.count(), 1, 'the front page has a Pinned block');
      assert.equal(await text(pinned.locator('h2')), 'Pinned');
      const pinnedTitles = (await pinned.locator('.card-title a').allTextContents()).map((x) => x.replace(/\s+/g, ' ').trim());
      assert.ok(pinnedTitles.includes(title), `"${title}" is pinned on the front page (${JSON.stringify(pinnedTitles)})`);
      const order = await page.locator('main h2').allTextContents();
      assert.equal(order[0].trim(), 'Pinned', `the Pinned block leads the front page (${order.slice(0, 3)})`);

      await page.goto(site.url('/admin/pins'));
      const row = page.locator('main ol li', { has: page.locator(`a[href^="/article/${id}"]`) });
      await Promise.all([page.waitForURL((u) => u.pathname === '/admin/pins'), row.getByRole('button', { name: 'Unpin', exact: true }).click()]);
      assert.equal((await pinnedIds(page)).includes(id), false, 'the story is no longer pinned');
      await page.goto(site.url('/'));
      const still = await page.locator('.front-pinned .card-title a').allTextContents();
      assert.equal(still.map((x) => x.trim()).includes(title), false, 'the front page no longer pins it');
    } finally {
      await page.close();
    }
  });

  test('desk: forged and cross-site form posts are refused', { timeout: kTestTimeoutMs }, async (t) => {
    const { site, catalog } = env;
    if (!catalog.available.admin) return t.skip('the server has no /admin');
    const page = await site.newPage();
    try {
      await page.goto(site.url('/admin/pins'));
      const before = await pinnedIds(page);
      const addToken = await page.locator('form[action="/admin/pins/add"] input[name="csrf"]').first().inputValue();
      const removeToken = await page.evaluate(() =>
        document.querySelector('form[action="/admin/pins/remove"] input[name="csrf"]')?.value ?? null);
      const href = await page.locator('main ul li a[href^="/article/"]').first().getAttribute('href');
      const id = String(idOf(href));
      // page.request shares the browser's cookies: these posts carry a valid session.
      const post = (path, form, headers = {}) => page.request.post(site.url(path), { form, headers, maxRedirects: 0 });
      const attempts = [
        ['no CSRF token', await post('/admin/pins/add', { article_id: id })],
        ['a made-up CSRF token', await post('/admin/pins/add', { article_id: id, csrf: 'forged-token' })],
        ['a token for another form', await post('/admin/pins/add', { article_id: id, csrf: removeToken ?? addToken.split('').reverse().join('') })],
        ['a cross-site origin', await post('/admin/pins/add', { article_id: id, csrf: addToken }, { origin: 'http://127.0.0.2:9' })],
        ['sign-out without a token', await post('/admin/logout', {})],
      ];
      for (const [what, res] of attempts) {
        assert.ok(res.status() >= 400 && res.status() < 500, `${what}: refused with a 4xx, not ${res.status()}`);
      }
      await page.reload();
      assert.deepEqual(await pinnedIds(page), before, 'nothing was pinned by the refused posts');
      assert.equal(await text(page.locator('main h1')), 'Front-page pins', 'the session survived the forged sign-out');
      // Without the session cookie the desk sends readers to the sign-in form.
      const anonymous = await fetch(site.url('/admin/pins'), { redirect: 'manual', signal: AbortSignal.timeout(scaled(10_000)) });
      assert.ok([302, 303].includes(anonymous.status), `a signed-out request is redirected (${anonymous.status})`);
      assert.match(anonymous.headers.get('location') ?? '', /\/admin\/login$/);
    } finally {
      await page.close();
    }
  });
}
