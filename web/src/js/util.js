// Small DOM helpers shared by the views.

// h('div', {class: 'x', onclick: f}, child, 'text', ...) -> Element.
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'text') el.textContent = value;
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
}

// The status line of a view part: loading, empty or error (role=alert).
export function loading(what = 'Loading…') {
  return h('p', { class: 'status loading', role: 'status', 'data-testid': 'loading' }, what);
}
export function empty(what) {
  return h('p', { class: 'status empty', role: 'status', 'data-testid': 'empty' }, what);
}
export function failure(error) {
  return h('p', { class: 'status error', role: 'alert', 'data-testid': 'error' },
    'Error: ', error?.message ?? String(error));
}

// Replaces the contents of el.
export function show(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export const QUADS = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
};

export function quadBadge(q) {
  return h('span', { class: `quad quad-${q}`, title: QUADS[q] ?? '' }, `Q${q}`);
}

export function goldsteinBadge(g) {
  const v = Number(g);
  const cls = v > 0 ? 'pos' : v < 0 ? 'neg' : 'zero';
  return h('span', { class: `goldstein ${cls}`, title: 'Goldstein score (-10 conflict … +10 cooperation)' },
    (v > 0 ? '+' : '') + v.toFixed(1));
}

export const fmt = new Intl.NumberFormat('en');

// Hash routes: "#/name/rest?k=v" -> {name, rest, params}.
export function parseHash(hash = location.hash) {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const [name = '', ...rest] = path.split('/');
  return { name, rest: rest.map(decodeURIComponent).join('/'), params };
}

export function routeHref(name, params = {}, rest = '') {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') qs.set(k, v);
  }
  const s = qs.toString();
  return `#/${name}${rest ? '/' + encodeURIComponent(rest) : ''}${s ? '?' + s : ''}`;
}

// A <datalist> of actor codes for the pickers, filled once per page load.
let actorList = null;
export function actorDatalist(api) {
  if (!actorList) {
    actorList = h('datalist', { id: 'actor-codes' });
    document.body.append(actorList);
    api('actors', { limit: 1000 })
      .then((r) => actorList.replaceChildren(
        ...(r.actors ?? []).map((a) => h('option', { value: a.code ?? a.actor }, `${fmt.format(a.count)} events`))))
      .catch(() => { actorList.remove(); actorList = null; });
  }
  return 'actor-codes';
}

// A hover tooltip (mouse) that mirrors an element's accessible label.
export function tooltip(event, text) {
  const tip = document.getElementById('tooltip');
  if (!tip) return;
  if (text == null) { tip.hidden = true; return; }
  tip.textContent = text;
  tip.hidden = false;
  const x = Math.min(event.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
  const y = Math.min(event.clientY + 14, window.innerHeight - tip.offsetHeight - 8);
  tip.style.left = `${x}px`;
  tip.style.top = `${y}px`;
}

// Date helpers for buckets (UTC, YYYY-MM-DD).
export function parseDay(s) {
  const [y, m, d] = s.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}
export function dayString(date) {
  return date.toISOString().slice(0, 10);
}
export function bucketEnd(start, bucket) {
  const d = parseDay(start);
  if (bucket === 'month') return dayString(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)));
  if (bucket === 'week') return dayString(new Date(d.getTime() + 6 * 86400000));
  return start;
}
