// The chunked build: scripts/test builds the hostile corpus with CORPUS_INLINE_LIMIT=0, so its
// article texts and search index are not in the first load but in content-addressed files under
// chunks/, fetched when a reader opens an article or types a search (the cards of the list's
// first page, which here is every article, always come with the first load). The same site's single file
// must carry every chunk inline and fetch nothing.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, openApp, openPage, count, articles, assertNoErrors, withExplorer } from './harness.mjs';

const HOSTILE_DIST = process.env.HOSTILE_DIST ?? join(ROOT, 'target/e2e/hostile');
let browser, base, facts;

before(() => assert.ok(existsSync(join(HOSTILE_DIST, 'chunks')), `scripts/test builds ${HOSTILE_DIST} with its chunks apart`));
withExplorer((c) => ({ browser, base, facts } = c), HOSTILE_DIST);

const chunkUrls = (page) => {
  const urls = [];
  page.on('request', (r) => { if (r.url().includes('/chunks/')) urls.push(r.url()); });
  return urls;
};

test('chunk files are named by their content', () => {
  for (const name of readdirSync(join(HOSTILE_DIST, 'chunks'))) assert.match(name, /^[0-9a-f]{16}$/);
});

test('the first list is whole from the first load; opening an article fetches its text once', async () => {
  const page = await openPage(browser);
  const fetched = chunkUrls(page);
  await page.goto(base + '#/');
  await page.waitForSelector('ol.cards .card');
  assert.equal(await count(page), articles(facts.length), 'counts come with the first load');
  assert.ok(await page.$$eval('.card .lede', (ls) => ls.length > 0 && ls.every((l) => l.textContent.length > 20)), 'every lede is there when the cards appear');
  assert.equal(await page.evaluate(() => document.body.dataset.busy), undefined, 'nothing is awaited');
  assert.deepEqual(fetched, [], 'no chunk for the first page');
  await page.locator('ol.cards .card-title a').first().click();
  await page.waitForSelector('[data-testid=article-body] mark.quote');
  assert.equal(fetched.length, 1, `one chunk for the article's text: ${fetched}`);
  await page.goBack();
  await page.locator('ol.cards .card-title a').first().click();
  await page.waitForSelector('[data-testid=article-body]');
  assert.equal(fetched.length, 1, 'a chunk is fetched once');
  assertNoErrors(page);
});

test('a search fetches the index chunk of its word and narrows the list', async () => {
  const page = await openPage(browser);
  const fetched = chunkUrls(page);
  await page.goto(base + '#/');
  await page.waitForFunction(() => document.querySelector('.card .lede')?.textContent.length > 20);
  const before = fetched.length;
  const withLavrov = facts.filter((a) => a.actors.includes('Sergei Lavrov')).length;
  assert.ok(withLavrov > 0 && withLavrov < facts.length, 'the fixture has articles with and without Lavrov');
  await page.fill('#search', 'lavrov');
  await page.waitForFunction((want) => document.querySelector('[data-testid=count]').textContent.trim() === want, articles(withLavrov));
  assert.equal(fetched.length, before + 1, `one word chunk: ${fetched.slice(before)}`);
  assert.ok(await page.locator('.card mark.hit').count() > 0, 'the match is marked');
  assertNoErrors(page);
});

test('the page is marked busy while a chunk is on its way, and the mark goes with the answer', async () => {
  const page = await openPage(browser);
  await page.goto(base + '#/');
  await page.waitForFunction(() => !document.body.dataset.busy && document.querySelector('.card .lede')?.textContent.length > 20);
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/chunks/*', async (route) => { await held; await route.continue(); });
  const withLavrov = facts.filter((a) => a.actors.includes('Sergei Lavrov')).length;
  await page.fill('#search', 'lavrov');
  await page.waitForFunction(() => document.body.dataset.busy === '1');
  assert.equal(await count(page), articles(facts.length), 'the count keeps the last answer while the word chunk is held');
  const atUnmark = page.evaluate(() => new Promise((ok) => {
    const o = new MutationObserver(() => {
      if (document.body.dataset.busy) return;
      o.disconnect();
      ok(document.querySelector('[data-testid=count]').textContent.trim());
    });
    o.observe(document.body, { attributes: true, attributeFilter: ['data-busy'] });
  }));
  release();
  assert.equal(await atUnmark, articles(withLavrov), 'when the mark goes, the count shows the search');
  assertNoErrors(page);
});

test('quotations and their export wait for their words, then hold them all', async () => {
  const page = await openApp(browser, base, '#/?view=quotes');
  const total = facts.reduce((n, a) => n + a.quotations, 0);
  await page.waitForFunction(() => ![...document.querySelectorAll('.quote-card blockquote')].some((b) => b.textContent.includes('…')));
  assert.equal(await page.locator('.quote-card').count(), total);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /quotations shown as JSON/ }).click()]);
  const { readFile } = await import('node:fs/promises');
  const quotes = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(quotes.length, total);
  assert.ok(quotes.every((q) => typeof q.quotation === 'string' && q.quotation.length > 0 && q.end > q.start));
  assertNoErrors(page);
});

test('a chunk that cannot be fetched gives a clear message, not a blank page', async () => {
  const page = await openPage(browser);
  await page.route('**/chunks/**', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(base + '#/?view=article&article=' + encodeURIComponent(facts[0].file));
  const alert = page.locator('.reader [role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not be loaded: could not load chunks\/[0-9a-f]{16}: HTTP 404/);
  await page.goto(base + '#/');
  await page.fill('#search', 'lavrov');
  const searchAlert = page.locator('.search [role=alert]');
  await searchAlert.waitFor();
  assert.match(await searchAlert.textContent(), /Search is unavailable/);
  assert.equal(await count(page), articles(0));
});

test('the single file of a chunked build carries every chunk and fetches none', async () => {
  const page = await openPage(browser);
  const requests = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
  await page.goto(pathToFileURL(join(HOSTILE_DIST, 'explorer.html')).href + '#/');
  await page.waitForSelector('ol.cards .card', { timeout: 30000 });
  await page.fill('#search', 'lavrov');
  await page.waitForFunction(() => document.querySelector('.card mark.hit'));
  await page.locator('ol.cards .card-title a').first().click();
  await page.waitForSelector('[data-testid=article-body] mark.quote');
  assert.deepEqual(requests, []);
  assertNoErrors(page);
});
