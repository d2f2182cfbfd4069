// Search in the browser: the masthead box (label, focus, phone width, dark
// mode, print), and queries in scripts written without spaces between words
// (Chinese, Japanese, Thai) and in Urdu: the story is found, the words are
// highlighted, and each filter on the results page narrows the results the
// way it says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scaled } from '../lib/timeouts.mjs';

const kTestTimeoutMs = scaled(45_000);
const kPhoneWidth = 360;

// Words from the demo's non-English stories (demo/tools/articles/): each is
// in its story's headline or body, and in no story of another language.
const kQueries = [
  { lang: 'zh', q: '电子支付', what: 'Chinese ("electronic payment")', allFilters: true },
  { lang: 'ja', q: '酒蔵', what: 'Japanese ("sake brewery")' },
  { lang: 'th', q: 'เรือไฟฟ้า', what: 'Thai ("electric boat")' },
  { lang: 'ur', q: 'چوڑیاں', what: 'Urdu ("bangles")' },
];

const text = async (locator) => (await locator.textContent()).replace(/\s+/g, ' ').trim();

// Runs in the page (passed as source): WCAG contrast of computed colours.
function contrastInPage() {
  const parse = (c) => (c.match(/[\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const ch = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
  };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  // The background an element is painted on: its own, or the nearest ancestor's.
  const background = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  return { parse, ratio, background };
}

export default function (env) {
  test('masthead search box: labelled, focus ring, fits 360 px, contrast in both schemes, hidden in print',
    { timeout: kTestTimeoutMs }, async () => {
      const { site } = env;
      for (const colorScheme of ['light', 'dark']) {
        const page = await site.newPage({ width: kPhoneWidth, height: 740, colorScheme });
        try {
          await page.goto(site.url('/'));
          const box = page.locator('.masthead input[type="search"]');
          const button = page.locator('.masthead .site-search button');
          assert.equal(await box.count(), 1);
          assert.equal((await box.evaluate((el) => el.labels[0]?.textContent ?? '')).trim(), 'Search stories',
            'the box has a (visually hidden) label');
          assert.equal(await page.getByRole('search').count(), 1, 'the form is a search landmark');
          // Focus it the way a keyboard user does and measure the ring.
          await box.focus();
          const m = await page.evaluate((helpers) => {
            const { parse, ratio, background } = new Function(`return (${helpers})()`)();
            const input = document.querySelector('.masthead input[type="search"]');
            const btn = document.querySelector('.masthead .site-search button');
            const si = getComputedStyle(input);
            const sb = getComputedStyle(btn);
            const page = background(document.querySelector('.masthead'));
            const ir = input.getBoundingClientRect();
            const br = btn.getBoundingClientRect();
            return {
              focused: document.activeElement === input,
              outline: { style: si.outlineStyle, width: parseFloat(si.outlineWidth) },
              ringContrast: ratio(parse(si.outlineColor), page),
              textContrast: ratio(parse(si.color), background(input)),
              placeholderContrast: ratio(parse(getComputedStyle(input, '::placeholder').color), background(input)),
              borderContrast: ratio(parse(si.borderTopColor), page),
              buttonContrast: ratio(parse(sb.color), background(btn)),
              fontSize: parseFloat(si.fontSize),
              inputWidth: ir.width, right: Math.max(ir.right, br.right), left: Math.min(ir.left, br.left),
              sameRow: Math.abs(ir.top - br.top) < 2,
            };
          }, contrastInPage.toString());
          const where = `${colorScheme} @${kPhoneWidth}px`;
          assert.ok(m.focused, 'the box takes focus');
          assert.ok(m.outline.style === 'solid' && m.outline.width >= 2, `${where}: a visible focus ring (${JSON.stringify(m.outline)})`);
          assert.ok(m.ringContrast >= 3, `${where}: focus ring contrast ${m.ringContrast.toFixed(2)} >= 3`);
          assert.ok(m.textContrast >= 4.5, `${where}: typed text contrast ${m.textContrast.toFixed(2)} >= 4.5`);
          assert.ok(m.placeholderContrast >= 4.5, `${where}: placeholder contrast ${m.placeholderContrast.toFixed(2)} >= 4.5`);
          assert.ok(m.borderContrast >= 3, `${where}: field edge contrast ${m.borderContrast.toFixed(2)} >= 3`);
          assert.ok(m.buttonContrast >= 4.5, `${where}: button text contrast ${m.buttonContrast.toFixed(2)} >= 4.5`);
          assert.ok(m.fontSize >= 16, `${where}: 16 px text or more, so phones do not zoom (${m.fontSize})`);
          assert.ok(m.left >= 0 && m.right <= kPhoneWidth, `${where}: box and button fit the screen (${m.left}-${m.right})`);
          assert.ok(m.inputWidth >= 150 && m.sameRow, `${where}: the field is usable beside its button (${m.inputWidth} px)`);
        } finally {
          await page.close();
        }
      }
      const page = await site.newPage();
      try {
        await page.goto(site.url('/'));
        await page.emulateMedia({ media: 'print' });
        assert.equal(await page.locator('.site-search').isVisible(), false, 'print hides the search box');
      } finally {
        await page.close();
      }
    });

  // Every filter is exercised once (Chinese); the other scripts check the
  // language filter only, which keeps the run short on 2 cores.
  for (const { lang, q, what, allFilters } of kQueries) {
    test(`search: a ${what} query finds its story, highlights it, and ${allFilters ? 'every filter narrows it' : 'the language filter keeps it'}`,
      { timeout: kTestTimeoutMs }, async () => {
        const { site, catalog } = env;
        const story = [...catalog.articles.values()].find((a) => a.lang.split('-')[0] === lang);
        assert.ok(story, `the demo has a ${lang} story`);
        const page = await site.newPage();
        try {
          // The story's facts, read from its own page.
          await page.goto(site.url(story.url));
          const facts = await page.evaluate(() => ({
            section: document.querySelector('.story .kicker a')?.getAttribute('href')?.replace('/section/', '') ?? '',
            source: document.querySelector('.story-meta .attribution a').getAttribute('href').replace('/source/', ''),
            // The filters take UTC days.
            day: new Date(document.querySelector('.story-meta time').getAttribute('datetime')).toISOString().slice(0, 10),
          }));

          await page.goto(site.url('/'));
          await page.locator('.masthead input[type="search"]').fill(q);
          await Promise.all([page.waitForURL(/\/search\?/), page.locator('.masthead .site-search button').click()]);
          assert.equal(new URL(page.url()).searchParams.get('q'), q, 'the query reaches /search intact');
          assert.equal(await page.locator('#search-q').inputValue(), q, 'the results page repeats the query');
          const hit = page.locator('li.search-result', { has: page.locator(`a[href="${story.url}"]`) });
          assert.equal(await hit.count(), 1, `"${q}" finds ${story.url} (${story.title})`);
          assert.equal(await hit.getAttribute('lang'), story.lang, 'the result carries its language');
          if (story.dir) assert.equal(await hit.getAttribute('dir'), story.dir, 'the result carries its direction');
          const marks = await hit.locator('mark').allTextContents();
          assert.ok(marks.length > 0, `the hit highlights the query (${q})`);
          const squash = (s) => s.replace(/\s+/g, '');
          assert.ok(marks.every((m) => squash(m).length > 0 && squash(q).includes(squash(m))),
            `every highlight is part of the query: ${JSON.stringify(marks)}`);
          assert.match(await text(page.locator('.search-count')), /^\d+ stor(y|ies) found/);
          const markStyle = await hit.locator('mark').first().evaluate((el) => getComputedStyle(el).backgroundColor);
          assert.notEqual(markStyle, 'rgba(0, 0, 0, 0)', 'highlights are visible');

          // Each filter, set through the form, keeps the story when it matches
          // and drops it when it does not.
          const found = async () => (await page.locator(`li.search-result a[href="${story.url}"]`).count()) === 1;
          const submit = () => Promise.all([page.waitForURL(/\/search\?/), page.locator('.search-form button[type="submit"]').click()]);
          const otherSection = await page.locator('#search-section option').evaluateAll(
            (os, mine) => os.map((o) => o.value).find((v) => v && v !== mine), facts.section);
          const otherSource = await page.locator('#search-source option').evaluateAll(
            (os, mine) => os.map((o) => o.value).find((v) => v && v !== mine), facts.source);
          const cases = allFilters ? [
            ['section', facts.section, true], ['section', otherSection, false], ['section', '', true],
            ['source', facts.source, true], ['source', otherSource, false], ['source', '', true],
            ['lang', lang, true], ['lang', 'en', false], ['lang', '', true],
            ['from', facts.day, true], ['to', facts.day, true],
            ['from', nextDay(facts.day), false], ['from', '', true], ['to', prevDay(facts.day), false], ['to', '', true],
          ] : [['lang', lang, true], ['lang', 'en', false]];
          for (const [field, value, expectFound] of cases) {
            const el = page.locator(`#search-${field}`);
            if (await el.evaluate((e) => e.tagName) === 'SELECT') await el.selectOption(value);
            else await el.fill(value);
            await submit();
            const params = new URL(page.url()).searchParams;
            assert.equal(params.get(field) ?? '', value, `the ${field} filter is in the URL`);
            assert.equal(await found(), expectFound,
              `${field}=${JSON.stringify(value)}: ${story.url} is ${expectFound ? '' : 'not '}among the results`);
          }
        } finally {
          await page.close();
        }
      });
  }

  test('search: a query with no match says so', { timeout: kTestTimeoutMs }, async () => {
    const { site } = env;
    const page = await site.newPage();
    try {
      await page.goto(site.url(`/search?q=${encodeURIComponent('zyxwvutsrq')}`));
      assert.equal(await page.locator('li.search-result').count(), 0);
      assert.match(await text(page.locator('main .empty')), /Nothing matched/);
    } finally {
      await page.close();
    }
  });
}

function shiftDay(day, by) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10);
}
const nextDay = (day) => shiftDay(day, 1);
const prevDay = (day) => shiftDay(day, -1);
