// The article list and its filters: count, actors (one and several), dates, undated articles,
// search, URL state (reload, deep links, malformed hashes) and the keyboard path to an article.
// Expectations come from the corpus itself (the app's JSON export, the seed files), not from
// numbers that change as the extraction improves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, openApp, count, articles, assertNoErrors, withExplorer } from './harness.mjs';

let browser, base, facts;
const SEEDS = join(ROOT, 'seeds');

withExplorer((c) => ({ browser, base, facts } = c));

/** Articles mentioning every one of `names`. */
const withActors = (names) => facts.filter((a) => names.every((n) => a.actors.includes(n)));
/** Actor names with their article counts, most frequent first. */
function actorCounts() {
  const m = new Map();
  for (const a of facts) for (const n of a.actors) m.set(n, (m.get(n) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
/** First and last day a YYYY[-MM[-DD]] date may denote. */
function bounds(d) {
  const [y, m, day] = d.split('-').map(Number);
  const last = m ? new Date(Date.UTC(y, m, 0)).getUTCDate() : 31;
  const pad = (n) => String(n).padStart(2, '0');
  return [`${y}-${pad(m ?? 1)}-${pad(day ?? 1)}`, `${y}-${pad(m ?? 12)}-${pad(day ?? last)}`];
}
const inRange = (a, from, to) => a.date && bounds(a.date)[1] >= from && bounds(a.date)[0] <= to;

test('the page loads with every seed article counted', async () => {
  const files = (await readdir(SEEDS)).filter((f) => f.toLowerCase().endsWith('.txt'));
  assert.equal(facts.length, files.length);
  const page = await openApp(browser, base, '#/');
  assert.equal(await count(page), articles(files.length));
  assert.equal(await page.locator('ol.cards > li').count(), files.length);
  // Each card shows title, outlet, date and the number of quotations.
  const first = page.locator('ol.cards > li').first();
  assert.ok((await first.locator('.card-title').textContent()).trim().length > 0);
  assert.match(await first.locator('.meta').textContent(), /·.*·/);
  assertNoErrors(page);
  await page.context().close();
});

test('choosing one actor narrows the list to the articles mentioning them', async (t) => {
  const ranked = actorCounts();
  if (!ranked.length) return t.skip('the extraction finds no actors yet');
  // The rarest actor narrows the most.
  const [name, n] = ranked[ranked.length - 1];
  const page = await openApp(browser, base, '#/');
  await page.getByRole('checkbox', { name: new RegExp(`^${escape(name)},? `) }).check();
  assert.equal(await count(page), articles(n));
  assert.equal(await count(page), articles(withActors([name]).length));
  assert.match(decodeURIComponent(page.url()), new RegExp(`actor=${escape(name)}`));
  // The chip removes it again.
  await page.getByRole('button', { name: `Remove the actor filter ${name}` }).click();
  assert.equal(await count(page), articles(facts.length));
  assertNoErrors(page);
  await page.context().close();
});

test('several actors leave the articles that mention all of them; facet counts agree', async (t) => {
  const ranked = actorCounts();
  if (ranked.length < 2) return t.skip('fewer than two actors extracted');
  const [a] = ranked[0];
  const page = await openApp(browser, base, '#/?actor=' + encodeURIComponent(a));
  assert.equal(await count(page), articles(withActors([a]).length));
  // Every facet's number is the count the list shows once it is added.
  for (const [b] of ranked.slice(1, 4)) {
    const box = page.getByRole('checkbox', { name: new RegExp(`^${escape(b)},? `) });
    const label = await page.locator(`label[for="${await box.getAttribute('id')}"] .facet-count`).textContent();
    const expected = withActors([a, b]).length;
    assert.equal(Number(/\d+/.exec(label)[0]), expected, `facet count of ${b} with ${a}`);
    await box.check();
    assert.equal(await count(page), articles(expected));
    await box.uncheck();
  }
  assertNoErrors(page);
  await page.context().close();
});

test('a date range narrows the list; undated articles are counted and explicitly included or excluded', async () => {
  const dated = facts.filter((a) => a.date).sort((x, y) => (x.date < y.date ? -1 : 1));
  const undated = facts.length - dated.length;
  // A range holding the earliest dated article (or an arbitrary one when nothing is dated).
  const [from, to] = dated.length ? [bounds(dated[0].date)[0], bounds(dated[0].date)[1]] : ['2022-01-01', '2022-12-31'];
  const page = await openApp(browser, base, '#/');
  await page.fill('#date-from', from);
  await page.fill('#date-to', to);
  const inside = facts.filter((a) => inRange(a, from, to)).length;
  assert.equal(await count(page), articles(inside + undated));
  assert.match(await page.locator('#undated option[value=include]').textContent(), new RegExp(`\\(${undated}\\)`));
  await page.selectOption('#undated', 'exclude');
  assert.equal(await count(page), articles(inside));
  await page.selectOption('#undated', 'only');
  assert.equal(await count(page), articles(undated));
  assert.match(page.url(), /undated=only/);
  assertNoErrors(page);
  await page.context().close();
});

test('filters live in the URL and survive a reload', async (t) => {
  const page = await openApp(browser, base, '#/');
  const ranked = actorCounts();
  if (ranked.length) await page.getByRole('checkbox', { name: new RegExp(`^${escape(ranked[0][0])},? `) }).check();
  await page.fill('#date-from', '2000-01-01');
  await page.fill('#date-to', '2030-12-31');
  await page.fill('#search', 'minsk');
  const before = await count(page);
  const url = page.url();
  assert.match(url, /from=2000-01-01/);
  assert.match(url, /q=minsk/);
  await page.reload();
  await page.waitForSelector('main h1');
  assert.equal(await count(page), before);
  assert.equal(await page.inputValue('#date-from'), '2000-01-01');
  assert.equal(await page.inputValue('#date-to'), '2030-12-31');
  assert.equal(await page.inputValue('#search'), 'minsk');
  if (ranked.length) assert.ok(await page.getByRole('checkbox', { name: new RegExp(`^${escape(ranked[0][0])},? `) }).isChecked());
  // The same URL in a fresh browser context (a shared link) shows the same.
  const other = await openApp(browser, url.slice(0, url.indexOf('#')), url.slice(url.indexOf('#')));
  assert.equal(await count(other), before);
  assertNoErrors(page);
  assertNoErrors(other);
  await other.context().close();
  await page.context().close();
});

test('a shared link with the documented parameters restores them', async () => {
  const hash = '#/?actor=Maria%20Zakharova&actor=Sergei%20Lavrov&from=2022-01-01&to=2022-12-31';
  const page = await openApp(browser, base, hash);
  const known = new Set(facts.flatMap((a) => a.actors));
  const names = ['Maria Zakharova', 'Sergei Lavrov'].filter((n) => known.has(n));
  const expected = withActors(names).filter((a) => !a.date || inRange(a, '2022-01-01', '2022-12-31')).length;
  // Actors this corpus does not know are ignored (and their chips say so); they never crash the page.
  assert.equal(await count(page), articles(expected));
  for (const n of ['Maria Zakharova', 'Sergei Lavrov'].filter((n) => !known.has(n))) {
    assert.ok(await page.getByText(`${n} (not in this corpus)`).isVisible());
  }
  assert.equal(await page.inputValue('#date-from'), '2022-01-01');
  assert.equal(await page.inputValue('#date-to'), '2022-12-31');
  assertNoErrors(page);
  await page.context().close();
});

test('malformed and unknown hash parameters fall back to defaults without errors', async () => {
  for (const hash of [
    '#/?view=bogus&from=2022-13-45&to=x&undated=maybe&quote=zz&%zz=%&&=',
    '#/?article=',
    '#/?view=article&article=no-such-file.txt',
    '#/?view=actor&who=Nobody%20At%20All',
    '#garbage',
    '#/?q=%E0%A4%A',
  ]) {
    const page = await openApp(browser, base, hash);
    if (hash.includes('no-such-file')) {
      assert.equal(await page.locator('main h1').textContent(), 'Article not found');
    } else if (hash.includes('who=')) {
      assert.equal(await page.locator('main h1').textContent(), 'Actor not found');
    } else if (!hash.includes('q=')) {
      assert.equal(await count(page), articles(facts.length), hash);
    }
    assertNoErrors(page);
    await page.context().close();
  }
});

test('search narrows the list and highlights the matches in titles and text', async () => {
  const page = await openApp(browser, base, '#/');
  await page.fill('#search', 'Minsk');
  const hits = await page.locator('ol.cards mark.hit').allTextContents();
  assert.ok(hits.length > 0, 'matches are highlighted');
  for (const h of hits) assert.equal(h.toLowerCase(), 'minsk');
  const n = await page.locator('ol.cards > li').count();
  assert.equal(await count(page), articles(n));
  await page.fill('#search', 'zzzzqqq-nothing');
  assert.equal(await count(page), '0 articles');
  assert.ok(await page.getByText('No article matches these filters.').isVisible());
  await page.getByRole('button', { name: 'Clear all filters' }).first().click();
  assert.equal(await count(page), articles(facts.length));
  assertNoErrors(page);
  await page.context().close();
});

test('keyboard only: search, open an article, walk with j/k, back with Escape', async () => {
  const page = await openApp(browser, base, '#/');
  await page.locator('body').press('/');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search');
  await page.keyboard.type('Minsk');
  const n = parseInt(await count(page), 10);
  assert.ok(n >= 2, 'at least two articles mention Minsk');
  // Tab from the search box to the first article's title link.
  let reached = false;
  for (let i = 0; i < 200 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => !!document.activeElement.closest('.card-title'));
  }
  assert.ok(reached, 'an article link is reachable with Tab');
  const title = await page.evaluate(() => document.activeElement.textContent);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=article-body]');
  assert.equal((await page.locator('main h1').textContent()).trim(), title.trim());
  assert.equal(await page.locator('.reader-nav .where').textContent(), `Article 1 of ${n}`);
  // Focus moved to the heading, so the shortcuts work at once.
  await page.keyboard.press('j');
  await page.waitForFunction(() => document.querySelector('.reader-nav .where')?.textContent.startsWith('Article 2'));
  await page.keyboard.press('k');
  await page.waitForFunction(() => document.querySelector('.reader-nav .where')?.textContent.startsWith('Article 1'));
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.querySelector('.reader-nav .where')?.textContent.startsWith('Article 2'));
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=count]');
  assert.equal(await count(page), articles(n), 'the filters are kept');
  // Back returns to the article.
  await page.goBack();
  await page.waitForSelector('[data-testid=article-body]');
  assertNoErrors(page);
  await page.context().close();
});

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
