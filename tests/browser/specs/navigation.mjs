// Reading the site with a mouse and a keyboard: front -> section -> article
// -> source by clicking links, river pagination, the skip link, 404 pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kSearchQuery } from '../lib/catalog.mjs';
import { scaled } from '../lib/timeouts.mjs';

// Every browser test is bounded; a hung page fails alone instead of eating the run.
const kTestTimeoutMs = scaled(30_000);

const text = async (locator) => (await locator.textContent()).replace(/\s+/g, ' ').trim();

export default function (env) {
  test('front -> section -> article -> source by clicking links', { timeout: kTestTimeoutMs }, async () => {
    const { site } = env;
    const page = await site.newPage();
    try {
      const front = await page.goto(site.url('/'));
      assert.equal(front.status(), 200);
      assert.equal(await page.locator('h1').count(), 1, 'the front page has exactly one h1');
      assert.match(await page.title(), /\S/, 'the front page has a title');

      // Section: the first section block's heading link.
      const sectionLink = page.locator('.front-section h2.section-heading a').first();
      const sectionName = await text(sectionLink);
      await Promise.all([page.waitForURL(/\/section\/[^/?]+$/), sectionLink.click()]);
      assert.equal(await text(page.locator('main h1')), sectionName);
      assert.equal(await text(page.locator('.river-header .kicker')), 'Section');
      assert.equal(await page.locator(`.site-nav a[aria-current="page"]`).count(), 1,
        'the current section is marked in the navigation');
      assert.equal(await text(page.locator('.site-nav a[aria-current="page"]')), sectionName);
      assert.ok(await page.locator('main article.card').count() > 0, 'the section lists stories');

      // Article: the first card of the section.
      const card = page.locator('main article.card').first();
      const cardTitle = await text(card.locator('.card-title a'));
      const cardSource = await text(card.locator('.card-source a'));
      await Promise.all([page.waitForURL(/\/article\/\d+/), card.locator('.card-title a').click()]);
      assert.equal(await text(page.locator('h1.headline')), cardTitle);
      assert.equal(await text(page.locator('.story-meta .attribution')), `By ${cardSource}`);
      assert.ok((await text(page.locator('.story-body'))).length > 200, 'the article has a body');
      const original = page.locator('.story-footer .original a', { hasText: 'Read the original' });
      assert.equal(await original.count(), 1, 'the article links to its original');
      const originalHref = await original.getAttribute('href');
      assert.ok(originalHref.startsWith(site.fixturesUrl + '/'), `original ${originalHref} is on the partner's site`);
      const originalRes = await fetch(originalHref, { signal: AbortSignal.timeout(scaled(10_000)) });
      assert.equal(originalRes.status, 200, `the original ${originalHref} exists`);
      const datetime = await page.locator('.story-meta time').first().getAttribute('datetime');
      assert.ok(!Number.isNaN(Date.parse(datetime)), `the publication time ${datetime} is machine-readable`);

      // About box, then the source river through "More from ...".
      const about = page.locator('aside .about-source');
      assert.equal(await text(about.locator('h2')), `About ${cardSource}`);
      assert.ok((await text(about)).length > 60, 'the About box describes the paper');
      const more = about.locator('a', { hasText: `More from ${cardSource}` });
      await Promise.all([page.waitForURL(/\/source\/[^/?]+$/), more.click()]);
      assert.equal(await text(page.locator('main h1')), cardSource);
      assert.equal(await text(page.locator('.river-header .kicker')), 'Partner newspaper');
      assert.ok((await text(page.locator('.river-about'))).length > 40, 'the source page describes the paper');
      assert.equal(await page.locator('.river-header a', { hasText: `Visit ${cardSource}` }).count(), 1);
      const sourceCards = page.locator('main article.card .card-source');
      const n = await sourceCards.count();
      assert.ok(n > 0, 'the source page lists stories');
      for (let i = 0; i < n; i++) assert.equal(await text(sourceCards.nth(i)), `By ${cardSource}`);
    } finally {
      await page.close();
    }
  });

  test('river pagination: next, previous and out-of-range pages', { timeout: kTestTimeoutMs }, async (t) => {
    const { site, catalog } = env;
    // Prefer a section river, as readers meet those first; the demo's sections
    // may all fit on one page, in which case a region river is used.
    const paged = [...catalog.sections, ...catalog.regions, ...catalog.sources]
      .find((r) => catalog.rivers[r].pages > 1);
    if (!paged) return t.skip('no river in the demo has more than one page');
    if (!paged.startsWith('/section/')) t.diagnostic(`no section river has two pages; using ${paged}`);
    const river = catalog.rivers[paged];
    const page = await site.newPage();
    try {
      await page.goto(site.url(paged));
      const pager = page.locator('nav.pager');
      assert.equal(await text(pager.locator('.pager-status')), `Page 1 of ${river.pages}`);
      assert.equal(await pager.locator('a[rel="prev"]').count(), 0, 'page 1 has no "Newer" link');
      const firstPage = await page.locator('main .card-title a').allInnerTexts();

      await Promise.all([page.waitForURL(/\?page=2$/), pager.locator('a[rel="next"]').click()]);
      assert.equal(await text(page.locator('nav.pager .pager-status')), `Page 2 of ${river.pages}`);
      const secondPage = await page.locator('main .card-title a').allInnerTexts();
      assert.ok(secondPage.length > 0, 'page 2 lists stories');
      assert.deepEqual(secondPage.filter((x) => firstPage.includes(x)), [], 'pages do not repeat stories');
      assert.equal(firstPage.length + secondPage.length <= river.articles.length, true);
      assert.match(await page.title(), /page 2/);

      await Promise.all([page.waitForURL((u) => !u.search), page.locator('nav.pager a[rel="prev"]').click()]);
      assert.deepEqual(await page.locator('main .card-title a').allInnerTexts(), firstPage);

      for (const bad of [`?page=${river.pages + 1}`, '?page=0', '?page=-1']) {
        const res = await site.fetchHtml(paged + bad);
        assert.equal(res.status, 404, `${paged}${bad} is not found`);
      }
    } finally {
      await page.close();
    }
  });

  test('keyboard: the skip link comes first and moves focus to main', { timeout: kTestTimeoutMs }, async () => {
    const { site } = env;
    const page = await site.newPage();
    try {
      for (const type of ['front', 'section', 'article']) {
        const url = env.pageUrl(type);
        await page.goto(site.url(url));
        await page.keyboard.press('Tab');
        const first = await page.evaluate(() => {
          const a = document.activeElement;
          const r = a.getBoundingClientRect();
          return { cls: a.className, text: a.textContent.trim(), href: a.getAttribute('href'),
                   visible: r.width > 0 && r.height > 0 && r.top >= 0 && r.top < window.innerHeight };
        });
        assert.equal(first.cls, 'skip-link', `${type}: first Tab stop is the skip link, not ${JSON.stringify(first)}`);
        assert.equal(first.href, '#main');
        assert.ok(first.visible, `${type}: the focused skip link is visible on screen`);
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => document.activeElement?.id === 'main');
        assert.match(page.url(), /#main$/);
        // The next Tab continues inside main, not back in the masthead.
        await page.keyboard.press('Tab');
        const inMain = await page.evaluate(() => document.getElementById('main').contains(document.activeElement));
        assert.ok(inMain, `${type}: Tab after the skip link stays in main`);
      }
    } finally {
      await page.close();
    }
  });

  test('keyboard: every early tab stop shows a focus indicator', { timeout: kTestTimeoutMs }, async () => {
    const { site } = env;
    // Masthead, navigation and the first stories: where keyboard users start.
    const kTabStops = 15;
    const page = await site.newPage();
    try {
      await page.goto(site.url(env.pageUrl('front')));
      const invisible = [];
      for (let i = 0; i < kTabStops; i++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(() => {
          const a = document.activeElement;
          const s = getComputedStyle(a);
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
          return { what: `${a.tagName.toLowerCase()} "${a.textContent.trim().slice(0, 40)}"`,
                   shown: outline || s.boxShadow !== 'none', body: a === document.body };
        });
        if (f.body) break;
        if (!f.shown) invisible.push(f.what);
      }
      assert.deepEqual(invisible, [], 'focused links without an outline or box-shadow');
    } finally {
      await page.close();
    }
  });

  test('search from the masthead with the keyboard', { timeout: kTestTimeoutMs }, async (t) => {
    const { site, catalog } = env;
    if (!catalog.available.search) return t.skip('the server has no /search yet');
    const page = await site.newPage();
    try {
      await page.goto(site.url('/'));
      const box = page.getByRole('searchbox');
      assert.equal(await box.count(), 1, 'the masthead has one search box');
      assert.ok((await box.evaluate((el) => el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? '')).trim(),
        'the search box is labelled');
      await box.focus();
      await page.keyboard.type(kSearchQuery);
      await Promise.all([page.waitForURL(/\/search\?/), page.keyboard.press('Enter')]);
      assert.equal(new URL(page.url()).searchParams.get('q'), kSearchQuery);
      assert.equal(await page.locator('h1').count(), 1, 'the results page has one h1');
      const results = page.locator('main a[href^="/article/"]');
      assert.ok(await results.count() > 0, `"${kSearchQuery}" finds stories`);
      await Promise.all([page.waitForURL(/\/article\/\d+/), results.first().click()]);
      assert.equal(await page.locator('h1.headline').count(), 1, 'a result opens its article');
    } finally {
      await page.close();
    }
  });

  test('404 pages: unknown paths, sections, sources and articles', { timeout: kTestTimeoutMs }, async () => {
    const { site } = env;
    const page = await site.newPage();
    try {
      for (const p of ['/no-such-page', '/section/no-such-section', '/region/atlantis', '/source/no-such-paper',
                       '/article/999999999', '/article/not-a-number']) {
        const res = await page.goto(site.url(p));
        assert.equal(res.status(), 404, `${p} answers 404`);
        assert.equal(await page.locator('h1').count(), 1, `${p}: one h1`);
        assert.match(await text(page.locator('.error-page .kicker')), /404/);
        assert.equal(await page.locator('main a[href="/"]').count(), 1, `${p}: links to the front page`);
        assert.equal(await page.locator('.site-nav').count(), 1, `${p}: keeps the site navigation`);
      }
    } finally {
      await page.close();
    }
  });
}
