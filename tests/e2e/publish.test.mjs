// The three ways of publishing: the single file opened from disk, the hosted site under a
// GitHub-Pages-like sub-path and under its Content-Security-Policy, and the embed in a blog post
// (examples/blog/post.html). Also: no request to another origin, offline once loaded, and a clear
// message when the browser has no WebAssembly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, ROOT, serve, openApp, openPage, count, articles, assertNoErrors, withExplorer } from './harness.mjs';

let server, browser, facts;

withExplorer((c) => ({ server, browser, facts } = c));

/** The actor in the fewest articles (but at least one), and their articles. */
function rarestActor() {
  const m = new Map();
  for (const a of facts) for (const n of a.actors) m.set(n, (m.get(n) ?? 0) + 1);
  const [name, n] = [...m].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))[0];
  return { name, n };
}

/** Records every URL the page requests, its frames included. */
function recordRequests(page) {
  const urls = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

test('the single file works from disk: it mounts, filters, and asks for nothing else', async () => {
  const url = pathToFileURL(join(DIST, 'explorer.html')).href;
  const page = await openPage(browser);
  const requests = recordRequests(page);
  await page.goto(url + '#/');
  await page.waitForSelector('main h1', { timeout: 30000 });
  assert.equal(await count(page), articles(facts.length));
  const { name, n } = rarestActor();
  await page.getByRole('checkbox', { name: new RegExp(`^${escape(name)},? `) }).check();
  assert.equal(await count(page), articles(n));
  // An article opens too (the text is inside the file).
  await page.locator('ol.cards .card-title a').first().click();
  await page.waitForSelector('[data-testid=article-body]');
  assert.deepEqual(requests.filter((u) => !u.startsWith(url) && !u.startsWith('data:')), []);
  assert.equal(await page.getByRole('link', { name: 'Download as one file' }).count(), 0, 'no download link in the file itself');
  assertNoErrors(page);
  await page.context().close();
});

test('under a sub-path, deep links survive a reload, the one-file download is linked, all requests stay on the site', async () => {
  const sub = await serve(DIST, { base: '/repo/' });
  try {
    const { name, n } = rarestActor();
    const page = await openPage(browser);
    const requests = recordRequests(page);
    await page.goto(sub.url + '#/?actor=' + encodeURIComponent(name));
    await page.waitForSelector('main h1');
    assert.equal(await count(page), articles(n));
    await page.reload();
    await page.waitForSelector('main h1');
    assert.equal(await count(page), articles(n));
    // The reader, reloaded.
    await page.locator('ol.cards .card-title a').first().click();
    await page.waitForSelector('[data-testid=article-body]');
    const title = await page.locator('main h1').textContent();
    await page.reload();
    await page.waitForSelector('[data-testid=article-body]');
    assert.equal(await page.locator('main h1').textContent(), title);
    const origin = new URL(sub.url).origin;
    assert.deepEqual(requests.filter((u) => !u.startsWith(sub.url) && !u.startsWith('data:')), [], `only ${origin}/repo/ is asked`);
    const download = page.getByRole('link', { name: 'Download as one file' });
    const href = await download.evaluate((a) => a.href);
    assert.equal(href, sub.url + 'explorer.html');
    assert.equal((await page.request.get(href)).status(), 200);
    assertNoErrors(page);
    await page.context().close();
  } finally {
    await sub.close();
  }
});

test('the hosted build runs under its Content-Security-Policy sent as a header', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  assert.ok(policy, 'index.html declares its policy');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(policy, /unsafe-inline'[^;]*;?\s*$|script-src[^;]*unsafe-inline/, 'no inline script is allowed');
  const csp = await serve(DIST, { headers: { 'content-security-policy': policy } });
  try {
    const page = await openPage(browser);
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(csp.url + '#/?view=quotes');
    await page.waitForSelector('main h1');
    await page.goto(csp.url + '#/');
    await page.waitForSelector('[data-testid=count]');
    assert.equal(await count(page), articles(facts.length));
    await page.locator('ol.cards .card-title a').first().click();
    await page.waitForSelector('[data-testid=article-body]');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assertNoErrors(page);
    await page.context().close();
  } finally {
    await csp.close();
  }
});

test('once loaded it works offline', async () => {
  const page = await openApp(browser, server.url + 'index.html', '#/');
  await page.context().setOffline(true);
  const { name, n } = rarestActor();
  await page.getByRole('checkbox', { name: new RegExp(`^${escape(name)},? `) }).check();
  assert.equal(await count(page), articles(n));
  await page.locator('ol.cards .card-title a').first().click();
  await page.waitForSelector('[data-testid=article-body]');
  assertNoErrors(page);
  await page.context().close();
});

test('without WebAssembly the page says so instead of loading forever', async () => {
  // As in a browser where WebAssembly is missing or turned off by policy.
  const page = await openPage(browser);
  await page.addInitScript(() => { delete globalThis.WebAssembly; });
  await page.goto(server.url + 'index.html');
  await page.waitForFunction(() => document.querySelector('#boot')?.textContent.includes('WebAssembly'));
  assert.match(await page.locator('#boot').textContent(), /cannot run WebAssembly/);
  await page.context().close();
});

test('the blog example embeds two explorers with their own filters, each sized to its content', async () => {
  const site = await serve(ROOT);
  try {
    const page = await openPage(browser, site.url + 'examples/blog/post.html');
    const requests = recordRequests(page);
    const frames = ['#zakharova', '#lavrov'];
    const expected = { '#zakharova': 'Maria Zakharova', '#lavrov': 'Sergei Lavrov' };
    for (const id of frames) {
      const frame = page.frameLocator(id);
      await frame.locator('[data-testid=count]').waitFor();
      const n = facts.filter((a) => a.actors.includes(expected[id])).length;
      assert.equal(await frame.locator('[data-testid=count]').textContent(), articles(n), `${id} shows its own count`);
      // Compact chrome: no brand, no page foot; the way out opens the same view in full.
      assert.equal(await frame.locator('.brand').count(), 0);
      assert.equal(await frame.locator('.site-foot').count(), 0);
      const out = frame.getByRole('link', { name: /Open full explorer/ });
      assert.equal(await out.getAttribute('target'), '_blank');
      const href = decodeURIComponent(await out.evaluate((a) => a.href));
      assert.ok(href.includes(`actor=${expected[id]}`) && !href.includes('embed=1'), href);
    }
    // embed.js resizes each iframe to the height its explorer reports, not the page's 480 px.
    const fits = async () => page.evaluate((ids) => ids.map((id) => {
      const f = document.querySelector(id);
      const app = f.contentDocument.querySelector('.app');
      return { styled: f.style.height, content: Math.ceil(app.getBoundingClientRect().height) };
    }), frames);
    await page.waitForFunction((ids) => ids.every((id) => document.querySelector(id).style.height), frames);
    for (const { styled, content } of await fits()) assert.equal(styled, `${Math.max(content, 120)}px`);
    // Opening the filters makes the explorer taller: the iframe follows.
    const before = (await fits())[0].styled;
    await page.frameLocator('#zakharova').getByRole('button', { name: /Filters/ }).click();
    await page.waitForFunction(([id, h]) => document.querySelector(id).style.height !== h, ['#zakharova', before]);
    const [after] = await fits();
    assert.equal(after.styled, `${after.content}px`);
    assert.ok(parseInt(after.styled, 10) > parseInt(before, 10));
    assert.deepEqual(requests.filter((u) => !u.startsWith(site.url)), []);
    assertNoErrors(page);
    await page.context().close();
  } finally {
    await site.close();
  }
});

test('"Copy embed code" gives an iframe of the current view, filters included', async () => {
  const { name } = rarestActor();
  const page = await openApp(browser, server.url + 'index.html', '#/?actor=' + encodeURIComponent(name));
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
  await page.getByText('Embed this view in a blog post').click();
  const code = await page.inputValue('#embed-code');
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/index\.html#\/\?actor=[^"]+&amp;embed=1" title="News corpus explorer"/);
  assert.ok(code.includes(`actor=${encodeURIComponent(name).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())}`));
  assert.match(code, /<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" defer><\/script>$/);
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await page.getByText('Copied to the clipboard.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  // The code works: its iframe source shows the same count.
  const src = /src="([^"]+)"/.exec(code)[1].replace(/&amp;/g, '&');
  const embedded = await openPage(browser, src);
  await embedded.waitForSelector('[data-testid=count]');
  assert.equal(await count(embedded), await count(page));
  assertNoErrors(page);
  assertNoErrors(embedded);
  await embedded.context().close();
  await page.context().close();
});

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
