// Layout in the browser: no horizontal scrolling at 360 px, a dark colour
// scheme, right-to-left articles, and screenshots of the main page types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { kRepoRoot } from '../lib/site.mjs';
import { scaled } from '../lib/timeouts.mjs';

const kTestTimeoutMs = scaled(60_000);
const kPhoneWidth = 360;
const kDesktopWidth = 1280;
// Full-page screenshots of a long river are cut to this height: enough to
// show the layout, small enough to keep the committed PNGs light.
const kMaxScreenshotHeight = 2400;

export default function (env) {
  test(`no horizontal scrolling at ${kPhoneWidth} px`, { timeout: kTestTimeoutMs }, async (t) => {
    const { site } = env;
    const wide = [];
    for (const { name } of env.pageTypes) {
      const url = env.pageUrl(name);
      if (!url) { t.diagnostic(`no ${name} page to check (not in the demo, or not served yet)`); continue; }
      const page = await site.newPage({ width: kPhoneWidth, height: 740 });
      try {
        await page.goto(site.url(url));
        const m = await page.evaluate((limit) => {
          const offenders = [];
          for (const el of document.querySelectorAll('body *')) {
            const r = el.getBoundingClientRect();
            if (r.right > limit + 0.5 && r.width > 0) {
              offenders.push(`${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} (right edge ${Math.round(r.right)})`);
            }
          }
          return { scrollWidth: document.scrollingElement.scrollWidth, offenders: offenders.slice(0, 5) };
        }, kPhoneWidth);
        if (m.scrollWidth > kPhoneWidth) wide.push(`${name} ${url}: scrollWidth ${m.scrollWidth}; ${m.offenders.join(', ')}`);
      } finally {
        await page.close();
      }
    }
    assert.deepEqual(wide, [], `pages wider than ${kPhoneWidth} px:\n${wide.join('\n')}`);
  });

  test('dark colour scheme changes the background and text colours', { timeout: kTestTimeoutMs }, async () => {
    const { site } = env;
    const colours = {};
    for (const colorScheme of ['light', 'dark']) {
      const page = await site.newPage({ colorScheme });
      try {
        await page.goto(site.url(env.pageUrl('article')));
        colours[colorScheme] = await page.evaluate(() => {
          const bg = (el) => getComputedStyle(el).backgroundColor;
          const body = document.body;
          // The visible background is the body's, or the root's when the body is transparent.
          const background = bg(body) === 'rgba(0, 0, 0, 0)' ? bg(document.documentElement) : bg(body);
          return { background, text: getComputedStyle(document.querySelector('.story-body')).color };
        });
      } finally {
        await page.close();
      }
    }
    assert.notEqual(colours.dark.background, colours.light.background, 'background differs in dark mode');
    assert.notEqual(colours.dark.text, colours.light.text, 'text colour differs in dark mode');
    const lum = (rgb) => {
      const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    assert.ok(lum(colours.dark.background) < lum(colours.light.background), `dark background ${colours.dark.background} is darker`);
  });

  test('right-to-left articles are marked and laid out right to left', { timeout: kTestTimeoutMs }, async () => {
    const { site, catalog } = env;
    // The demo has two Urdu stories (demo/README.md), so this cannot be skipped.
    const url = env.pageUrl('article-rtl');
    assert.ok(url, 'the site lists a right-to-left (Urdu) story');
    const card = catalog.articles.get(url);
    assert.equal(card.dir, 'rtl', `the card of ${url} (${card.lang}) has dir="rtl"`);
    for (const width of [kDesktopWidth, kPhoneWidth]) {
      const page = await site.newPage({ width, height: 800 });
      try {
        await page.goto(site.url(url));
        const story = page.locator('article.story');
        assert.equal(await story.getAttribute('dir'), 'rtl');
        assert.equal(await story.getAttribute('lang'), card.lang);
        const chrome = await page.evaluate(() => ({
          dir: document.documentElement.dir || 'ltr', lang: document.documentElement.lang,
          direction: getComputedStyle(document.querySelector('.masthead')).direction,
          about: getComputedStyle(document.querySelector('.sidebar') ?? document.body).direction,
        }));
        assert.deepEqual(chrome, { dir: 'ltr', lang: 'en', direction: 'ltr', about: 'ltr' },
          'the site chrome and the About box stay English, left to right');

        const m = await page.evaluate(() => {
          const cs = (el) => getComputedStyle(el);
          const contentBox = (el) => {
            const r = el.getBoundingClientRect();
            const s = cs(el);
            return { left: r.left + parseFloat(s.paddingLeft) + parseFloat(s.borderLeftWidth),
                     right: r.right - parseFloat(s.paddingRight) - parseFloat(s.borderRightWidth) };
          };
          // Where the first character of a block is drawn: at the right edge of
          // its first line when the block runs right to left and is aligned to its start.
          const firstChar = (el) => {
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, (n) => (n.data.trim() ? 1 : 3));
            const node = walker.nextNode();
            const at = node.data.search(/\S/);
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + 1);
            return range.getBoundingClientRect();
          };
          const blocks = [...document.querySelectorAll('h1.headline, .standfirst, .story-body p, .story-body h2')];
          const misaligned = [];
          for (const el of blocks) {
            const box = contentBox(el);
            const c = firstChar(el);
            if (Math.abs(c.right - box.right) > 2) {
              misaligned.push(`${el.tagName.toLowerCase()}.${el.className}: first character at ${Math.round(c.left)}-${Math.round(c.right)}, ` +
                              `text box ${Math.round(box.left)}-${Math.round(box.right)}`);
            }
          }
          const body = document.querySelector('.story-body');
          // The byline row starts at the right, like the text.
          const meta = document.querySelector('.story-meta');
          const metaFirst = meta.firstElementChild.getBoundingClientRect();
          // Quotes and lists flip: injected here because this story has neither.
          const quote = document.createElement('blockquote');
          quote.textContent = 'اقتباس';
          const list = document.createElement('ul');
          list.innerHTML = '<li>پہلا</li><li>دوسرا</li>';
          body.append(quote, list);
          const q = cs(quote);
          const l = cs(list);
          const out = {
            blocks: blocks.length, misaligned,
            bodyDirection: cs(body).direction, bodyAlign: cs(body).textAlign,
            headlineDirection: cs(document.querySelector('h1.headline')).direction,
            metaStartsRight: Math.abs(metaFirst.right - contentBox(meta).right) <= 2,
            quoteRule: { right: q.borderRightWidth, left: q.borderLeftWidth },
            quoteIndentRight: parseFloat(q.paddingRight) > 0 && parseFloat(q.paddingLeft) === 0,
            listIndentRight: parseFloat(l.paddingRight) > 0 && parseFloat(l.paddingLeft) === 0,
          };
          quote.remove();
          list.remove();
          return out;
        });
        assert.equal(m.bodyDirection, 'rtl', 'the story body runs right to left');
        assert.equal(m.headlineDirection, 'rtl', 'the headline runs right to left');
        assert.ok(['start', 'right'].includes(m.bodyAlign), `the body is aligned to its start (right), not ${m.bodyAlign}`);
        assert.ok(m.blocks >= 5, `headline, standfirst and paragraphs found (${m.blocks})`);
        assert.deepEqual(m.misaligned, [], `@${width}px: blocks whose text does not start at the right edge`);
        assert.ok(m.metaStartsRight, `@${width}px: the byline row starts at the right`);
        assert.deepEqual(m.quoteRule, { right: '3px', left: '0px' }, 'a quote\'s rule is on the right');
        assert.ok(m.quoteIndentRight, 'a quote is indented from the right');
        assert.ok(m.listIndentRight, 'a list is indented from the right');
      } finally {
        await page.close();
      }
    }
  });

  test('screenshots of front, section, article and right-to-left article pages', { timeout: kTestTimeoutMs }, async () => {
    const { site } = env;
    const out = path.join(env.artifacts, 'screenshots');
    // docs/screenshots/ changes only on request, so a test run leaves the tree clean.
    const docs = process.env.BROWSER_TESTS_UPDATE_DOCS === '1' ? path.join(kRepoRoot, 'docs', 'screenshots') : null;
    fs.mkdirSync(out, { recursive: true });
    if (docs) fs.mkdirSync(docs, { recursive: true });
    // [page type, width, colour scheme, copy to docs/]
    const shots = [];
    for (const type of ['front', 'section', 'article', 'article-rtl']) {
      for (const width of [kPhoneWidth, kDesktopWidth]) shots.push([type, width, 'light', true]);
    }
    // Dark mode is for reviewers only; the docs show the default scheme.
    shots.push(['front', kDesktopWidth, 'dark', false], ['article', kPhoneWidth, 'dark', false]);
    for (const [type, width, colorScheme, toDocs] of shots) {
      const page = await site.newPage({ width, height: width === kPhoneWidth ? 740 : 800, colorScheme });
      try {
        await page.goto(site.url(env.pageUrl(type)));
        // Lazy images below the fold would otherwise be blank in a full-page shot.
        await page.evaluate(() => document.querySelectorAll('img[loading="lazy"]').forEach((i) => { i.loading = 'eager'; }));
        await page.waitForLoadState('networkidle');
        const height = await page.evaluate(() => document.scrollingElement.scrollHeight);
        const name = `${type}-${width}${colorScheme === 'dark' ? '-dark' : ''}.png`;
        const file = path.join(out, name);
        await page.screenshot({ path: file, fullPage: true,
          clip: { x: 0, y: 0, width, height: Math.min(height, kMaxScreenshotHeight) }, animations: 'disabled' });
        if (docs && toDocs) fs.copyFileSync(file, path.join(docs, name));
      } finally {
        await page.close();
      }
    }
  });
}
