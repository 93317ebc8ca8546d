// A corpus written to attack the page (tests/fixtures/hostile/: script tags, event-handler
// attributes, javascript: links, HTML entities, attribute breakouts, in article text, in the
// catalog's titles, outlets and URLs, and in the actors file), built into its own site by
// scripts/test. Every screen is visited with the page's Content-Security-Policy bypassed, so the
// only protection left is the app rendering text as text: nothing may execute, no markup from the
// corpus may become an element, and the text must show exactly as written.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, openApp, assertNoErrors, screenshot, withExplorer } from './harness.mjs';

const DIR = join(ROOT, 'tests/fixtures/hostile');
const HOSTILE_DIST = process.env.HOSTILE_DIST ?? join(ROOT, 'target/e2e/hostile');
let browser, base, facts;

before(() => assert.ok(existsSync(join(HOSTILE_DIST, 'index.html')), `scripts/test builds the hostile corpus into ${HOSTILE_DIST}`));
withExplorer((c) => ({ browser, base, facts } = c), HOSTILE_DIST);

/** Opens `hash` without CSP, opens every disclosure, and reports what the corpus smuggled in. */
async function inspect(hash) {
  const page = await openApp(browser, base, hash, { bypassCSP: true });
  page.on('dialog', (d) => { page.errors.push(`a dialog opened: ${d.message()}`); d.dismiss(); });
  await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => { d.open = true; }));
  await page.waitForTimeout(100);
  const found = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    // The app draws no images, frames or embedded documents; it draws SVG only for the timeline.
    foreign: [...document.querySelectorAll('img, iframe, object, embed, script:not([src]), b, em, svg:not(.timeline svg, .timeline)')]
      .filter((e) => !e.closest('head'))
      .map((e) => e.outerHTML.slice(0, 80)),
    handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`)),
    jsLinks: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => /^\s*javascript:/i.test(h)),
    text: document.querySelector('main').textContent,
  }));
  return { page, found };
}

function assertInert(found, where) {
  assert.equal(found.pwned, null, `${where}: corpus code ran`);
  assert.deepEqual(found.foreign, [], `${where}: markup from the corpus became elements`);
  assert.deepEqual(found.handlers, [], `${where}: event-handler attributes in the DOM`);
  assert.deepEqual(found.jsLinks, [], `${where}: javascript: links`);
}

test('the hostile corpus is built, every file counted', async () => {
  const files = ['01_script.txt', '02_entities.txt', "03 it's & odd #hash%20.txt", '04_furnished.txt'];
  assert.deepEqual(facts.map((a) => a.file).sort(), files);
});

test('the list, the quotes view and every actor page are inert and show the text as written', async () => {
  const hashes = ['#/', '#/?view=quotes', ...new Set(facts.flatMap((a) => a.actors))].map((h) =>
    h.startsWith('#') ? h : '#/?view=actor&who=' + encodeURIComponent(h));
  for (const hash of hashes) {
    const { page, found } = await inspect(hash);
    assertInert(found, hash);
    assertNoErrors(page);
    if (hash === '#/') {
      // Titles from the text and from the catalog, outlets from the catalog: characters, not markup.
      assert.ok(found.text.includes("<script>window.__pwned = 'title-script'</script> Minister denies <b>everything</b>"));
      assert.ok(found.text.includes(`"><svg onload=window.__pwned='catalog-title'> &amp; "quotes"`));
      assert.ok(found.text.includes(`O'Reilly & "Sons" <Press>`));
    }
    await page.context().close();
  }
});

test('each article shows its text as written, with no markup, handlers or javascript: links', async () => {
  for (const fact of facts) {
    const { page, found } = await inspect('#/?article=' + encodeURIComponent(fact.file));
    assertInert(found, fact.file);
    const file = (await readFile(join(DIR, fact.file), 'utf8')).replace(/\r\n?/g, '\n');
    const body = await page.evaluate(() => {
      const el = document.querySelector('[data-testid=article-body]').cloneNode(true);
      el.querySelectorAll('.speaker-tag').forEach((t) => t.remove());
      return el.textContent;
    });
    assert.ok(body.length > 40 && file.includes(body), `${fact.file}: the body is the file's text, entities and tags included`);
    // The catalog's javascript: URL is not offered as the original page; a web address is.
    const original = await page.getByRole('link', { name: 'Original page' }).evaluateAll((as) => as.map((a) => a.protocol));
    assert.ok(original.every((p) => p === 'https:' || p === 'http:'), `${fact.file}: ${original}`);
    assertNoErrors(page);
    await page.context().close();
  }
});

test('furniture above a headline folds away in the reader, stays out of the card and the actors, and shows as text', async () => {
  const file = '04_furnished.txt';
  const article = facts.find((a) => a.file === file);
  assert.deepEqual(article.actors.filter((n) => /ACCEPT|COURIER|Sport|Weather/.test(n)), [], `no actor from the page's chrome: ${article.actors}`);
  const list = await openApp(browser, base, '#/', { bypassCSP: true });
  const card = list.locator(`.card[data-file="${file}"]`);
  assert.match(await card.locator('.lede').textContent(), /^The island ferry operator will cut/, 'the card opens on the story');
  const { page, found } = await inspect('#/?view=article&article=' + encodeURIComponent(file));
  assertInert(found, file);
  assert.equal((await page.locator('main h1').textContent()).trim(), 'Ferry operator cuts winter crossings to the islands');
  const chrome = page.getByTestId('chrome');
  assert.match(await page.locator('details.chrome summary').textContent(), /Page furniture above the article \(\d+ lines\)/);
  const above = await chrome.textContent();
  assert.ok(above.includes("<script>window.__pwned='menu'</script>") && above.includes('I ACCEPT'), 'the chrome, verbatim');
  const body = await page.getByTestId('article-body').textContent();
  assert.ok(!body.includes('MORE OPTIONS') && !body.includes('Weather') && body.includes('The island ferry operator'), 'the body starts under the headline');
  await screenshot(page, 'reader-furnished-page');
  assertNoErrors(page);
});
