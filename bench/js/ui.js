// The peers' search page behaviour, shared by the Pagefind and MiniSearch pages so that both are
// driven and timed exactly like the explorer: the same selectors, the count first, then the first
// 20 results; body[data-busy] marks a query or result fetch in flight.
export function start(engine) {
  const $ = (s) => document.querySelector(s);
  const state = { q: '', actor: '', from: '', to: '' };
  let generation = 0;
  async function update() {
    const mine = ++generation;
    document.body.dataset.busy = '1';
    const { count, top } = await engine.run(state);
    if (mine !== generation) return;
    $('[data-testid=count]').textContent = `${count} ${count === 1 ? 'article' : 'articles'}`;
    const items = await top(20);
    if (mine !== generation) return;
    $('.cards').replaceChildren(...items.map((d) => {
      const li = document.createElement('li');
      const h = document.createElement('strong');
      h.textContent = d.title;
      const m = document.createElement('div');
      m.className = 'meta';
      m.textContent = `${d.outlet ?? ''} · ${d.date || 'undated'}`;
      li.append(h, m);
      return li;
    }));
    delete document.body.dataset.busy;
  }
  $('#search').addEventListener('input', (e) => { state.q = e.target.value; update(); });
  $('#date-from').addEventListener('change', (e) => { state.from = e.target.value; update(); });
  $('#date-to').addEventListener('change', (e) => { state.to = e.target.value; update(); });
  $('#actor').addEventListener('change', (e) => { state.actor = e.target.value; update(); });
  engine.init().then(update);
}
