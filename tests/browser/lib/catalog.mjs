// What the site contains, discovered by reading its own HTML (no browser):
// the section, region and source rivers linked from the page furniture and
// every article card on every page of those rivers. Tests pick their pages
// from here instead of hard-coding demo ids.
//
// PAGE_TYPES lists one representative URL per page type. Later page types
// (story pages, search, /admin) are added here and are then covered by every
// per-page-type test (axe, Nu validator, 360 px layout, dark mode).

// Rivers have at most a few pages in the demo; the bound stops a pager loop.
const kMaxRiverPages = 20;

const hrefs = (html, prefix) =>
  [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&')).filter((h) => h.startsWith(prefix));
const unique = (xs) => [...new Set(xs)];
const kEntities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s) => s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
  if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  return kEntities[e] ?? m;
});

// Article cards of one river page: url, title, lang and dir of each card.
function cards(html) {
  const out = [];
  for (const m of html.matchAll(/<article class="card"([^>]*)>([\s\S]*?)<\/article>/g)) {
    const attrs = m[1];
    const link = m[2].match(/class="card-title"><a href="([^"]+)">([\s\S]*?)<\/a>/);
    if (!link) continue;
    out.push({
      url: decode(link[1]),
      title: decode(link[2]),
      lang: (attrs.match(/lang="([^"]*)"/) || [])[1] || '',
      dir: (attrs.match(/dir="([^"]*)"/) || [])[1] || '',
    });
  }
  return out;
}

export async function buildCatalog(site) {
  const front = await site.fetchHtml('/');
  if (front.status !== 200) throw new Error(`front page answered ${front.status}`);
  const sections = unique(hrefs(front.html, '/section/'));
  const regions = unique(hrefs(front.html, '/region/'));
  const sources = unique(hrefs(front.html, '/source/'));
  // Story pages the front page leads with (its "Top stories").
  const stories = unique(hrefs(front.html, '/story/'));
  const rivers = {}; // river path -> {pages, articles}
  const articles = new Map(); // article path -> card
  for (const river of [...sections, ...regions, ...sources]) {
    let pages = 0;
    let next = river;
    const riverArticles = [];
    while (next && pages < kMaxRiverPages) {
      const { status, html } = await site.fetchHtml(next);
      if (status !== 200) throw new Error(`${next} answered ${status}`);
      pages += 1;
      for (const c of cards(html)) {
        riverArticles.push(c.url);
        if (!articles.has(c.url)) articles.set(c.url, c);
      }
      next = (html.match(/<a rel="next" href="([^"]+)"/) || [])[1]?.replaceAll('&amp;', '&');
    }
    rivers[river] = { pages, articles: riverArticles };
  }
  // Routes that are still being built: probed, so their page types join the
  // per-page-type checks as soon as the server answers them.
  const available = {};
  for (const [name, probe] of Object.entries(kProbes)) available[name] = (await site.fetchHtml(probe)).status === 200;
  return { sections, regions, sources, stories, rivers, articles, available };
}

// A query the demo answers with results (Cyclone Sarai is covered by four papers).
export const kSearchQuery = 'cyclone';
const kProbes = { search: `/search?q=${kSearchQuery}`, admin: '/admin/login' };

// Right-to-left languages (the site marks their stories dir="rtl").
export const kRtlLanguages = /^(ar|ur|fa|he|yi|ps|sd|ug|dv|ckb)(-|$)/;

// One URL per page type. `find` returns null when the site has no such page.
export const PAGE_TYPES = [
  { name: 'front', find: () => '/' },
  { name: 'section', find: (c) => c.sections[0] ?? null },
  { name: 'region', find: (c) => c.regions[0] ?? null },
  { name: 'source', find: (c) => c.sources[0] ?? null },
  { name: 'river-page-2', find: (c) => {
    const r = Object.entries(c.rivers).find(([, v]) => v.pages > 1);
    return r ? `${r[0]}?page=2` : null;
  } },
  { name: 'article', find: (c) => firstArticle(c, (a) => a.lang === '' || a.lang.startsWith('en')) },
  { name: 'article-non-latin', find: (c) => firstArticle(c, (a) => /^(zh|ja|ko|th)/.test(a.lang)) },
  { name: 'article-rtl', find: (c) => firstArticle(c, (a) => kRtlLanguages.test(a.lang)) },
  { name: 'search', find: (c) => (c.available.search ? kProbes.search : null) },
  { name: 'story', find: (c) => c.stories[0] ?? null },
  { name: '404', find: () => '/no-such-page' },
  // The operator desk: the runner signs the browser (and fetchHtml) in at start-up.
  { name: 'admin-login', find: (c) => (c.available.admin ? '/admin/login' : null) },
  { name: 'admin-sources', find: (c) => (c.available.admin ? '/admin' : null) },
  { name: 'admin-source', find: (c) => (c.available.admin && c.sources[0] ? c.sources[0].replace(/^\/source\//, '/admin/sources/') : null) },
  { name: 'admin-pins', find: (c) => (c.available.admin ? '/admin/pins' : null) },
];

function firstArticle(c, pred) {
  for (const a of c.articles.values()) if (pred(a)) return a.url;
  return null;
}

