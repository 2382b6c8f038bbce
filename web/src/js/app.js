// The dashboard: hash routes, one module per view.
//   #/dyad?a=CHNGOV&b=PRKGOV   #/events?actor=…   #/network   #/map   #/article/ID
import { api, isAbort } from './api.js';
import * as article from './article.js';
import * as dyad from './dyad.js';
import * as events from './events.js';
import * as map from './map.js';
import * as network from './network.js';
import { failure, fmt, h, parseHash, show } from './util.js';

const VIEWS = { dyad, events, network, map, article };
const TITLES = { dyad: 'Dyad', events: 'Events', network: 'Network', map: 'Map', article: 'Article' };
let controller = null;

function route() {
  const r = parseHash();
  if (!r.name) {
    location.replace('#/dyad');
    return;
  }
  const root = document.getElementById('view');
  controller?.abort();
  controller = new AbortController();
  document.getElementById('tooltip').hidden = true;
  for (const link of document.querySelectorAll('nav a[data-view]')) {
    link.toggleAttribute('aria-current', link.dataset.view === r.name);
    if (link.dataset.view === r.name) link.setAttribute('aria-current', 'page');
  }
  const view = VIEWS[r.name];
  document.title = `${TITLES[r.name] ?? 'Not found'} · dyad`;
  root.dataset.view = r.name;
  if (!view) {
    show(root, h('h1', {}, 'Not found'), failure(new Error(`there is no view “${r.name}”`)));
    return;
  }
  try {
    view.render(root, r, { signal: controller.signal });
  } catch (e) {
    console.error(e);
    show(root, h('h1', {}, TITLES[r.name]), failure(e));
  }
}

async function summary() {
  const el = document.getElementById('summary');
  try {
    const s = await api('summary');
    el.textContent = `${fmt.format(s.articles)} articles · ${fmt.format(s.counted ?? s.events)} events · ` +
      `${fmt.format(s.actors)} actors` + (s.first ? ` · ${s.first} to ${s.last}` : '');
  } catch (e) {
    if (!isAbort(e)) { el.textContent = `API unavailable: ${e.message}`; el.classList.add('error'); }
  }
}

if (!window.d3) {
  show(document.getElementById('view'), failure(new Error('the chart library (vendor/d3.min.js) did not load')));
} else {
  window.addEventListener('hashchange', route);
  route();
  summary();
}
