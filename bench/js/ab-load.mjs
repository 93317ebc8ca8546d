// Two or more builds of the site, loaded in turn (alternating, so a busy machine slows each alike):
// the median time until the first list is whole (count, cards, every lede, no busy mark) and the
// next frame. Usage: node bench/js/ab-load.mjs ROUNDS DIST_A DIST_B ...
import { launch, serve } from '../../tests/e2e/harness.mjs';
const [rounds, ...dists] = process.argv.slice(2);
const srvs = await Promise.all(dists.map((d) => serve(d)));
const browser = await launch();
const res = dists.map(() => ({ dom: [], frame: [] }));
for (let r = 0; r < +rounds; r++) {
  for (let k = 0; k < dists.length; k++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    await page.addInitScript(() => {
      const mark = {}; window.__bench = mark;
      const check = () => {
        if (mark.dom) return;
        const c = document.querySelector('[data-testid=count]');
        const ledes = [...document.querySelectorAll('.cards li .lede')];
        if (!c || !c.textContent.trim() || !ledes.length || ledes.some((l) => !l.textContent.trim()) || document.body.dataset.busy) return;
        mark.dom = performance.now();
        obs.disconnect();
        requestAnimationFrame(() => setTimeout(() => { mark.frame = performance.now(); }, 0));
      };
      const obs = new MutationObserver(check);
      obs.observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-busy'] });
    });
    await page.goto(srvs[k].url + 'index.html#/');
    await page.waitForFunction(() => window.__bench.frame, null, { timeout: 30000 });
    const m = await page.evaluate(() => window.__bench);
    res[k].dom.push(m.dom); res[k].frame.push(m.frame);
    await ctx.close();
  }
}
const med = (a) => { const s = [...a].sort((x, y) => x - y); return s[s.length >> 1]; };
dists.forEach((d, k) => console.log(d, 'dom median', med(res[k].dom).toFixed(0), 'frame median', med(res[k].frame).toFixed(0), 'all frames', res[k].frame.map((x) => x.toFixed(0)).join(' ')));
await browser.close(); await Promise.all(srvs.map((s) => s.close()));
