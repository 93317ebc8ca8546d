// MiniSearch behind the shared search page: the prebuilt index (with stored title, date,
// outlet and actors) is fetched and loaded once; filters are predicates over stored fields.
import { start } from './ui.js';

let ms;
start({
  async init() {
    const json = await (await fetch('./index.json')).text();
    ms = MiniSearch.loadJSON(json, { fields: ['title', 'text'], storeFields: ['title', 'date', 'outlet', 'actors'] });
  },
  async run(s) {
    const filter = (r) => (!s.actor || r.actors.includes(s.actor))
      && (!s.from || (r.date && r.date >= s.from))
      && (!s.to || (r.date && r.date <= s.to));
    const q = s.q.trim();
    const res = q ? ms.search(q, { filter, combineWith: 'AND' }) : ms.search(MiniSearch.wildcard, { filter });
    if (!q) res.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
    return { count: res.length, top: async (n) => res.slice(0, n) };
  },
});
