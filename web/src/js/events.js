// The events table: filters, sortable by date or Goldstein score, paged.
import { api, isAbort } from './api.js';
import { eventSentence } from './highlight.js';
import { actorLink } from './eventlist.js';
import {
  QUADS, actorDatalist, empty, failure, fmt, goldsteinBadge, h, loading, quadBadge, routeHref, show,
} from './util.js';

const FILTERS = ['actor', 'country', 'source', 'target', 'dyad', 'root', 'cameo', 'quad', 'from', 'to', 'text',
  'article', 'place', 'mode', 'all'];
const SORTS = ['-date', 'date', '-goldstein', 'goldstein'];
const LIMITS = [25, 50, 100, 200];

export function render(root, route, { signal }) {
  const p = route.params;
  const filters = {};
  for (const k of FILTERS) if (p.get(k)) filters[k] = p.get(k);
  const sort = SORTS.includes(p.get('sort')) ? p.get('sort') : '-date';
  const limit = LIMITS.includes(Number(p.get('limit'))) ? Number(p.get('limit')) : 50;
  const offset = Math.max(0, Number.parseInt(p.get('offset') ?? '0', 10) || 0);
  const go = (changes) => { location.hash = routeHref('events', { ...filters, sort, limit, offset, ...changes }); };
  const list = actorDatalist(api);

  const field = (name, label, attrs = {}) => h('label', {}, label, ' ',
    h('input', { name, value: filters[name] ?? '', 'data-testid': `filter-${name}`, ...attrs }));
  const form = h('form', {
    class: 'filters', 'aria-label': 'Filter events', 'data-testid': 'events-filters',
    onsubmit: (e) => {
      e.preventDefault();
      const next = {};
      for (const [k, v] of new FormData(e.target)) if (String(v).trim()) next[k] = String(v).trim();
      location.hash = routeHref('events', { ...next, sort, limit, offset: 0 });
    },
  },
  field('actor', 'Actor', { list, placeholder: 'code', autocomplete: 'off' }),
  field('source', 'Source', { list, autocomplete: 'off' }),
  field('target', 'Target', { list, autocomplete: 'off' }),
  field('country', 'Country', { placeholder: 'ISO alpha-3', size: 5 }),
  field('root', 'CAMEO root', { placeholder: 'e.g. 18,19', size: 8 }),
  h('label', {}, 'Quad class ', h('select', { name: 'quad', 'data-testid': 'filter-quad' },
    h('option', { value: '' }, 'any'),
    Object.entries(QUADS).map(([q, name]) => h('option', { value: q, selected: filters.quad === q }, `${q} ${name}`)))),
  field('from', 'From', { type: 'date' }),
  field('to', 'To', { type: 'date' }),
  field('text', 'Text', { type: 'search', placeholder: 'words in the article' }),
  h('label', {}, 'Count ', h('select', { name: 'mode' },
    h('option', { value: '' }, 'events'),
    h('option', { value: 'reports', selected: filters.mode === 'reports' }, 'reports'))),
  hidden(filters, ['dyad', 'cameo', 'article', 'place', 'all']),
  h('div', { class: 'buttons' },
    h('button', { type: 'submit', 'data-testid': 'filter-apply' }, 'Apply'),
    h('a', { class: 'button secondary', href: '#/events' }, 'Clear')));

  const results = h('section', { class: 'panel', 'aria-labelledby': 'results-h', 'data-testid': 'events-results' },
    h('h2', { id: 'results-h', class: 'visually-hidden' }, 'Events'), loading('Loading the events…'));
  show(root, h('h1', {}, 'Events'), form, results);

  api('events', { ...filters, sort, limit, offset }, { signal }).then((r) => {
    const events = r.events ?? [];
    const total = (filters.mode === 'reports' ? r.total?.reports : r.total?.events) ?? events.length;
    const heading = h('h2', { id: 'results-h', class: 'visually-hidden' }, 'Events');
    if (!events.length) {
      show(results, heading, empty(offset ? 'No events on this page.' : 'No events match these filters.'));
      return;
    }
    const header = (key, label) => {
      if (!key) return h('th', { scope: 'col' }, label);
      const current = sort === key ? 'ascending' : sort === `-${key}` ? 'descending' : 'none';
      const next = current === 'descending' ? key : `-${key}`;
      return h('th', { scope: 'col', 'aria-sort': current },
        h('button', {
          type: 'button', class: 'sort', 'data-testid': `sort-${key}`,
          onclick: () => go({ sort: next, offset: 0 }),
        }, label, h('span', { class: 'sort-mark', 'aria-hidden': 'true' },
          current === 'ascending' ? ' ▲' : current === 'descending' ? ' ▼' : ' ↕')));
    };
    const table = h('table', { class: 'events-table', 'data-testid': 'events-table' },
      h('thead', {}, h('tr', {},
        header('date', 'Date'), header(null, 'Source'), header(null, 'Event'), header(null, 'Target'),
        header('goldstein', 'Goldstein'), header(null, 'Quad'), header(null, 'Sentence'))),
      h('tbody', {}, events.map((e) => h('tr', { 'data-testid': 'event-row', 'data-id': e.id },
        h('td', { class: 'nowrap' }, e.date ?? '—'),
        h('td', {}, actorLink(e.source, 'source')),
        h('td', {}, h('a', { href: routeHref('events', { cameo: e.cameo }), title: e.label }, h('code', {}, e.cameo)),
          ' ', e.label),
        h('td', {}, actorLink(e.target, 'target')),
        h('td', { class: 'num' }, goldsteinBadge(e.goldstein)),
        h('td', {}, quadBadge(e.quad_class)),
        h('td', { class: 'sentence' }, eventSentence(e), ' ',
          h('a', { href: routeHref('article', {}, e.article), class: 'article-ref' }, e.article))))));
    const last = offset + events.length;
    const pager = h('nav', { class: 'pager', 'aria-label': 'Pages' },
      h('button', {
        type: 'button', disabled: offset === 0, 'data-testid': 'page-prev',
        onclick: () => go({ offset: Math.max(0, offset - limit) }),
      }, '← Previous'),
      h('span', { 'data-testid': 'page-info', 'aria-live': 'polite' },
        `${fmt.format(offset + 1)}–${fmt.format(last)} of ${fmt.format(total)}`),
      h('button', {
        type: 'button', disabled: last >= total, 'data-testid': 'page-next',
        onclick: () => go({ offset: offset + limit }),
      }, 'Next →'),
      h('label', {}, 'Per page ', h('select', { onchange: (e) => go({ limit: e.target.value, offset: 0 }) },
        LIMITS.map((n) => h('option', { value: n, selected: n === limit }, n)))));
    show(results, heading, pager, h('div', { class: 'table-wrap' }, table));
  }).catch((e) => { if (!isAbort(e)) show(results, failure(e)); });
}

// Filters without a field of their own (set by links from other views): kept
// on submit, shown as chips that remove them.
function hidden(filters, names) {
  const set = names.filter((n) => filters[n]);
  if (!set.length) return null;
  return h('div', { class: 'chips' }, set.map((n) => h('span', { class: 'chip' },
    h('input', { type: 'hidden', name: n, value: filters[n] }),
    `${n}: ${filters[n]} `,
    h('button', {
      type: 'button', 'aria-label': `Remove the ${n} filter`,
      onclick: (e) => { const form = e.target.form; e.target.parentElement.remove(); form.requestSubmit(); },
    }, '×'))));
}
