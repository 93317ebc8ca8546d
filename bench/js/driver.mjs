// Measures the explorer (and, side by side in the same browser, the Pagefind and MiniSearch peer
// sites) in headless Chromium: bytes fetched, time to the first list, filter-change latency and
// memory. Every timing is taken inside the page with performance.now().
//
//   node bench/js/driver.mjs --label 10000 --dist target/bench/dist-10000 \
//        [--truth target/corpora/10000.truth.jsonl --peers target/bench/peers-10000] \
//        [--loads 3] [--rounds 2] --out target/bench/browser-10000.json
//
// Definitions (the same for the three engines):
// - first list: navigation start → the count element ([data-testid=count]) shows text, the list
//   (.cards li) has items or the count is 0, and nothing is pending (body[data-busy]); reported
//   at that DOM moment and at the next frame after it (requestAnimationFrame + setTimeout 0).
// - filter change: a timestamp, then the input event on the control; count_ms when a
//   MutationObserver sees the count's text change, frame_ms at the next frame after the DOM has
//   settled (nothing pending). Each apply is followed by a clear, also measured.
// - bytes: the files the page fetched, sized on disk raw, gzip -9 and brotli q11 (files that are
//   already compressed, like Pagefind's, count at their size).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { launch, serve } from '../../tests/e2e/harness.mjs';

// ---------- sizes ----------
const sizeCache = new Map();
export function fileSizes(path) {
  if (sizeCache.has(path)) return sizeCache.get(path);
  const raw = readFileSync(path);
  const gz = Math.min(raw.length, gzipSync(raw, { level: 9 }).length);
  const br = Math.min(raw.length, brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  }).length);
  const s = { raw: raw.length, gzip: gz, brotli: br };
  sizeCache.set(path, s);
  return s;
}
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const ZERO = { raw: 0, gzip: 0, brotli: 0 };

// ---------- statistics ----------
export function quantile(xs, q) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i];
}
const median = (xs) => quantile(xs, 0.5);

// ---------- in-page code ----------
// Installed before any page script: records when the first list is up.
const FIRST_LIST = () => {
  const mark = {};
  window.__bench = mark;
  addEventListener('TrunkApplicationStarted', (e) => {
    mark.started = performance.now();
    window.__benchWasm = e.detail && e.detail.wasm;
  });
  const check = () => {
    if (mark.dom) return;
    const c = document.querySelector('[data-testid=count]');
    const text = c && c.textContent.trim();
    if (!text) return;
    const listed = document.querySelector('.cards li') || /^0\b/.test(text);
    if (!listed || document.body.dataset.busy) return;
    mark.dom = performance.now();
    mark.count_text = text;
    obs.disconnect();
    requestAnimationFrame(() => setTimeout(() => { mark.frame = performance.now(); }, 0));
  };
  const obs = new MutationObserver(check);
  obs.observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-busy'] });
};

// Runs one action in the page and times it; see the definitions above.
const MEASURE = async ({ action, timeout }) => {
  const countEl = () => document.querySelector('[data-testid=count]');
  const before = countEl() ? countEl().textContent : null;
  const fire = (sel, type, value) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error(`no ${sel}`);
    if (value !== undefined) el.value = value;
    el.dispatchEvent(new Event(type, { bubbles: true }));
  };
  return await new Promise((resolve) => {
    let t0 = 0;
    let tCount = null;
    let finished = false;
    const check = () => {
      if (finished) return;
      const c = countEl();
      if (tCount === null && c && c.textContent !== before) tCount = performance.now();
      if (tCount !== null && !document.body.dataset.busy) {
        finished = true;
        obs.disconnect();
        const settled = performance.now();
        // A task later every pending microtask (the framework's effects) has run; forcing layout
        // then adds style and layout. The frame adds the wait for vsync and the paint.
        setTimeout(() => {
          void document.body.offsetHeight;
          const laidOut = performance.now();
          requestAnimationFrame(() => setTimeout(() => resolve({
            count_ms: tCount - t0, dom_ms: settled - t0, layout_ms: laidOut - t0, frame_ms: performance.now() - t0,
            before, after: countEl().textContent,
          }), 0));
        }, 0);
      }
    };
    const obs = new MutationObserver(check);
    obs.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-busy'] });
    setTimeout(() => {
      if (finished) return;
      finished = true;
      obs.disconnect();
      resolve({ timeout: true, before, after: countEl() ? countEl().textContent : null });
    }, timeout);
    t0 = performance.now();
    if (action.type === 'hash') location.hash = action.hash;
    else if (action.type === 'click') document.querySelector(action.sel).click();
    else fire(action.sel, action.type, action.value);
  });
};

// Waits until nothing is pending and two frames have passed (between measured actions).
const SETTLE = () => new Promise((ok) => {
  const tick = () => requestAnimationFrame(() => requestAnimationFrame(() => (document.body.dataset.busy ? setTimeout(tick, 10) : ok())));
  tick();
});

// ---------- the workload: which filters, from the ground truth ----------
export function plan(truth, facetNames = []) {
  const freq = new Map();
  for (const t of truth ?? []) for (const [a] of t.actors) freq.set(a, (freq.get(a) ?? 0) + 1);
  // An actor in every article would leave the count unchanged: nothing to time.
  const ranked = [...freq].filter(([, n]) => n < (truth?.length ?? 0))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([a]) => a);
  const names = ranked.length ? [0, 1, 3, 10, 30, 100, 200].filter((r) => r < ranked.length).map((r) => ranked[r]) : facetNames.slice(0, 6);
  const years = new Set((truth ?? []).map((t) => t.date?.slice(0, 4)).filter(Boolean));
  const ranges = years.size
    ? [['2022-01-01', '2022-12-31'], ['2020-06-01', '2020-06-30'], ['2023-01-01', '2023-03-31']]
    : [['2022-01-01', '2022-12-31'], ['2023-01-01', '2023-03-31']];
  const words = ['ceasefire', 'pipeline', 'journalists', 'humanitarian corridor', ranked[50]?.split(' ').pop() ?? 'Minsk'];
  return { actors: names, ranges, words };
}

// ---------- one engine ----------
async function measureEngine(browser, { name, url, siteDir, ours, truth, loads, rounds, timeout }) {
  const result = { engine: name, loads: [], interactions: [], requests: { load: [], first_search: [], first_filter: [] } };
  let page;
  let phase = 'load';
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error' && !/favicon|404 \(Not Found\)/.test(m.text())) errors.push(m.text()); });
    const fetched = [];
    phase = 'load';
    page.on('requestfinished', (req) => fetched.push({ url: req.url(), phase }));
    await page.addInitScript(FIRST_LIST);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const t = Date.now();
    await page.goto(url, { waitUntil: 'commit', timeout: timeout * 4 });
    try {
      await page.waitForFunction(() => window.__bench && window.__bench.frame, null, { timeout: timeout * 4, polling: 50 });
    } catch (e) {
      result.loads.push({ failed: `no list after ${Date.now() - t} ms: ${e.message.split('\n')[0]}`, errors });
      await context.close();
      return result;
    }
    const marks = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const res = performance.getEntriesByType('resource').map((r) => ({ name: r.name.split('/').pop(), start: r.startTime, end: r.responseEnd }));
      const wasm = window.__benchWasm && window.__benchWasm.memory ? window.__benchWasm.memory.buffer.byteLength : null;
      return {
        ...window.__bench,
        dom_content_loaded: nav.domContentLoadedEventEnd,
        load_event: nav.loadEventEnd,
        resources: res,
        wasm_memory: wasm,
        elements: document.getElementsByTagName('*').length,
      };
    });
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    result.loads.push({
      first_list_dom_ms: marks.dom,
      first_list_frame_ms: marks.frame,
      app_started_ms: marks.started ?? null,
      dom_content_loaded_ms: marks.dom_content_loaded,
      count_text: marks.count_text,
      resources: marks.resources,
      wasm_memory_bytes: marks.wasm_memory,
      js_heap_used_bytes: metrics.JSHeapUsedSize,
      js_heap_total_bytes: metrics.JSHeapTotalSize,
      dom_nodes: metrics.Nodes,
      elements: marks.elements,
      script_s: metrics.ScriptDuration,
      layout_s: metrics.LayoutDuration,
      errors,
    });
    if (i < loads - 1) {
      await context.close();
      continue;
    }

    // Interactions, on the last load's page.
    const facetNames = ours ? await page.$$eval('.facet-name', (els) => els.map((e) => e.textContent.trim())) : [];
    const p = plan(truth, facetNames);
    // Driving a build of another corpus (the smoke test uses the seeds' build): time the actors
    // this build knows rather than waiting out a timeout per unknown name.
    if (ours && !p.actors.some((a) => facetNames.includes(a))) p.actors = facetNames.slice(0, p.actors.length || 6);
    result.plan = p;
    const run = async (kind, step, action, label) => {
      const r = await page.evaluate(MEASURE, { action, timeout });
      result.interactions.push({ kind, step, label, ...r });
      await page.evaluate(SETTLE);
      return r;
    };
    const count = async () => page.$eval('[data-testid=count]', (e) => e.textContent);
    for (let round = 0; round < rounds; round++) {
      for (const word of p.words) {
        if (round === 0 && word === p.words[0]) phase = 'first_search';
        await run('search', 'apply', { type: 'input', sel: '#search', value: word }, word);
        phase = 'after';
        await run('search', 'clear', { type: 'input', sel: '#search', value: '' }, word);
      }
      for (const [from, to] of p.ranges) {
        await run('date', 'apply', { type: 'change', sel: '#date-from', value: from }, `from ${from}`);
        await run('date', 'apply', { type: 'change', sel: '#date-to', value: to }, `to ${to}`);
        await run('date', 'clear', { type: 'change', sel: '#date-to', value: '' }, 'to');
        await run('date', 'clear', { type: 'change', sel: '#date-from', value: '' }, 'from');
      }
      for (const actor of p.actors) {
        if (ours) {
          // Find the actor's checkbox through the facet search box (not timed), then click it.
          await page.evaluate(({ name }) => {
            const f = document.querySelector('#actor-find');
            if (!f) return;
            f.value = name;
            f.dispatchEvent(new Event('input', { bubbles: true }));
          }, { name: actor });
          await page.evaluate(SETTLE);
          const id = await page.evaluate((name) => {
            const label = [...document.querySelectorAll('.facet label')].find((l) => l.querySelector('.facet-name')?.textContent.trim() === name);
            return label ? label.htmlFor : null;
          }, actor);
          if (!id) {
            result.interactions.push({ kind: 'actor', step: 'apply', label: actor, missing: true });
          } else {
            if (round === 0 && actor === p.actors[0]) phase = 'first_filter';
            await run('actor', 'apply', { type: 'click', sel: `#${CSS_escape(id)}` }, actor);
            phase = 'after';
            await run('actor', 'clear', { type: 'click', sel: `#${CSS_escape(id)}` }, actor);
          }
          await page.evaluate(() => {
            const f = document.querySelector('#actor-find');
            if (!f) return;
            f.value = '';
            f.dispatchEvent(new Event('input', { bubbles: true }));
          });
          await page.evaluate(SETTLE);
          // The same filter through the URL hash (links, Back/Forward).
          await run('hash', 'apply', { type: 'hash', hash: `#/?actor=${encodeURIComponent(actor)}` }, actor);
          await run('hash', 'clear', { type: 'hash', hash: '#/' }, actor);
        } else {
          if (round === 0 && actor === p.actors[0]) phase = 'first_filter';
          await run('actor', 'apply', { type: 'change', sel: '#actor', value: actor }, actor);
          phase = 'after';
          await run('actor', 'clear', { type: 'change', sel: '#actor', value: '' }, actor);
        }
      }
    }
    result.final_count = await count();
    const metrics2 = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    result.after_interactions = { js_heap_used_bytes: metrics2.JSHeapUsedSize, dom_nodes: metrics2.Nodes };
    result.after_interactions.wasm_memory_bytes = await page.evaluate(() => (window.__benchWasm && window.__benchWasm.memory ? window.__benchWasm.memory.buffer.byteLength : null));
    await context.close();
    // Bytes per phase, from the files on disk.
    const base = new URL(url);
    for (const f of fetched) {
      const u = new URL(f.url);
      if (u.origin !== base.origin) continue;
      const rel = decodeURIComponent(u.pathname).replace(/^\//, '');
      const path = join(siteDir, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
      let size;
      try {
        statSync(path);
        size = fileSizes(path);
      } catch {
        continue;
      }
      (result.requests[f.phase] ??= []).push({ file: rel || 'index.html', ...size });
    }
  }
  summarise(result);
  return result;
}

function CSS_escape(id) {
  return id.replace(/[^a-zA-Z0-9_-]/g, (c) => `\\${c}`);
}

function summarise(r) {
  const ok = r.loads.filter((l) => !l.failed);
  r.summary = {
    first_list_dom_ms: median(ok.map((l) => l.first_list_dom_ms)),
    first_list_frame_ms: median(ok.map((l) => l.first_list_frame_ms)),
    first_list_frame_ms_all: ok.map((l) => Math.round(l.first_list_frame_ms)),
    js_heap_used_bytes: median(ok.map((l) => l.js_heap_used_bytes)),
    wasm_memory_bytes: median(ok.map((l) => l.wasm_memory_bytes).filter((x) => x != null)),
    dom_nodes: median(ok.map((l) => l.dom_nodes)),
  };
  const sum = (list) => (list ?? []).reduce((a, b) => add(a, b), ZERO);
  r.summary.bytes_load = sum(r.requests.load);
  r.summary.bytes_first_search = sum(r.requests.first_search);
  r.summary.bytes_first_filter = sum(r.requests.first_filter);
  r.summary.bytes_load_search_filter = add(add(r.summary.bytes_load, r.summary.bytes_first_search), r.summary.bytes_first_filter);
  const by = {};
  for (const i of r.interactions) {
    const k = i.kind;
    by[k] ??= { n: 0, timeouts: 0, missing: 0, count_ms: [], layout_ms: [], frame_ms: [] };
    if (i.missing) { by[k].missing++; continue; }
    if (i.timeout) { by[k].timeouts++; continue; }
    by[k].n++;
    by[k].count_ms.push(i.count_ms);
    by[k].layout_ms.push(i.layout_ms);
    by[k].frame_ms.push(i.frame_ms);
  }
  const all = { n: 0, timeouts: 0, missing: 0, count_ms: [], layout_ms: [], frame_ms: [] };
  for (const [k, v] of Object.entries(by)) {
    if (k === 'hash') continue; // the same actor filter, counted on its own
    all.n += v.n; all.timeouts += v.timeouts; all.missing += v.missing;
    all.count_ms.push(...v.count_ms); all.layout_ms.push(...v.layout_ms); all.frame_ms.push(...v.frame_ms);
  }
  by.all_controls = all;
  r.summary.latency = Object.fromEntries(Object.entries(by).map(([k, v]) => [k, {
    n: v.n, timeouts: v.timeouts, missing: v.missing,
    count_p50: median(v.count_ms), count_p95: quantile(v.count_ms, 0.95),
    layout_p50: median(v.layout_ms), layout_p95: quantile(v.layout_ms, 0.95),
    frame_p50: median(v.frame_ms), frame_p95: quantile(v.frame_ms, 0.95), frame_max: quantile(v.frame_ms, 1),
  }]));
}

// ---------- static sizes of the explorer's dist ----------
export function distSizes(dist) {
  const out = { wasm: ZERO, js: ZERO, css_html: ZERO, hosted_total: ZERO, single_file: null, files: [], chunks: { files: 0, raw: 0 } };
  // Fetched on demand, so not part of the first load; raw sizes only (compressing tens of MB
  // of chunks with brotli q11 would take minutes).
  const chunkDir = join(dist, 'chunks');
  if (existsSync(chunkDir)) {
    for (const f of readdirSync(chunkDir)) {
      out.chunks.files++;
      out.chunks.raw += statSync(join(chunkDir, f)).size;
    }
  }
  for (const f of readdirSync(dist)) {
    const path = join(dist, f);
    if (!statSync(path).isFile()) continue;
    const s = fileSizes(path);
    out.files.push({ file: f, ...s });
    if (f === 'explorer.html') { out.single_file = s; continue; }
    const ext = extname(f);
    if (ext === '.wasm') out.wasm = add(out.wasm, s);
    else if (ext === '.js') out.js = add(out.js, s);
    else out.css_html = add(out.css_html, s);
    out.hosted_total = add(out.hosted_total, s);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      label: { type: 'string' }, dist: { type: 'string' }, truth: { type: 'string' }, peers: { type: 'string' },
      loads: { type: 'string', default: '3' }, rounds: { type: 'string', default: '2' },
      timeout: { type: 'string', default: '30000' }, out: { type: 'string' }, 'no-peers': { type: 'boolean' }, 'no-ours': { type: 'boolean' },
    },
  });
  if (!values.dist || !values.out) {
    console.error('usage: node bench/js/driver.mjs --label L --dist DIR [--truth F --peers DIR] --out FILE');
    process.exit(2);
  }
  const truth = values.truth ? readFileSync(values.truth, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : null;
  const opts = { truth, loads: Number(values.loads), rounds: Number(values.rounds), timeout: Number(values.timeout) };
  const out = { label: values.label, articles: truth?.length ?? null, when: new Date().toISOString(), options: { loads: opts.loads, rounds: opts.rounds } };
  const dist = resolve(values.dist);
  if (!values['no-ours']) out.dist = distSizes(dist);
  const browser = await launch();
  out.chromium = browser.version();
  try {
    const engines = values['no-ours'] ? [] : [{ name: 'explorer', dir: dist, ours: true }];
    if (values.peers && !values['no-peers']) {
      for (const name of ['pagefind', 'minisearch']) {
        const dir = resolve(values.peers, name);
        try { statSync(join(dir, 'index.html')); engines.push({ name, dir }); } catch { /* not built */ }
      }
    }
    out.engines = {};
    for (const e of engines) {
      const server = await serve(e.dir);
      try {
        const t = Date.now();
        out.engines[e.name] = await measureEngine(browser, { ...opts, name: e.name, url: server.url, siteDir: e.dir, ours: !!e.ours });
        console.error(`  ${e.name}: ${JSON.stringify(out.engines[e.name].summary?.latency?.all_controls ?? out.engines[e.name].loads.at(-1))} (${((Date.now() - t) / 1000).toFixed(0)} s)`);
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  writeFileSync(values.out, JSON.stringify(out, null, 2));
}
