// The article view: the text with its actor mentions and events marked, the
// events, the actors, and related articles (sharing a dyad), newest first.
// Without an id: full-text search over the stored articles.
import { api, isAbort } from './api.js';
import { eventList } from './eventlist.js';
import { markBytes } from './highlight.js';
import { empty, failure, fmt, h, loading, routeHref, show } from './util.js';

export function render(root, route, opts) {
  if (route.rest) renderArticle(root, route.rest, opts);
  else renderSearch(root, route.params.get('q') ?? '', opts);
}

function renderSearch(root, q, { signal }) {
  const results = h('section', { class: 'panel', 'data-testid': 'search-results', 'aria-label': 'Search results' });
  show(root, h('h1', {}, 'Articles'),
    h('form', {
      class: 'filters', role: 'search',
      onsubmit: (e) => {
        e.preventDefault();
        location.hash = routeHref('article', { q: new FormData(e.target).get('q') });
      },
    },
    h('label', {}, 'Search the articles ', h('input', {
      type: 'search', name: 'q', value: q, required: true, placeholder: 'e.g. uranium enrichment',
      'data-testid': 'search-input',
    })),
    h('button', { type: 'submit' }, 'Search')),
    results);
  if (!q) {
    show(results, empty('Search for words, or open an article from an event.'));
    return;
  }
  show(results, loading('Searching…'));
  api('search', { q, limit: 50 }, { signal }).then((r) => {
    const hits = r.articles ?? [];
    if (!hits.length) { show(results, empty(`No article matches “${q}”.`)); return; }
    show(results, h('ol', { class: 'hits' }, hits.map((a) => h('li', {},
      h('a', { href: routeHref('article', {}, a.id), 'data-testid': 'search-hit' }, a.title || a.id),
      h('div', { class: 'meta' }, [a.date, a.source, `${a.events} events`].filter(Boolean).join(' · ')),
      a.snippet ? h('p', { class: 'snippet' }, a.snippet) : null))));
  }).catch((e) => { if (!isAbort(e)) show(results, failure(e)); });
}

function renderArticle(root, id, { signal }) {
  show(root, h('h1', {}, 'Article'), loading('Loading the article…'));
  api('article', { id }, { signal }).then((a) => {
    const events = a.events ?? [];
    const mentions = a.mentions ?? [];
    const marks = [
      ...mentions.map((m) => ({
        begin: m.span?.[0], end: m.span?.[1], class: 'mention', title: `${m.code}${m.kind ? ` (${m.kind})` : ''}`,
        testid: 'mention',
      })),
      ...events.map((e) => ({
        begin: e.verb?.span?.[0], end: e.verb?.span?.[1], class: `hl hl-verb ev-q${e.quad_class}`,
        title: `${e.source.code} → ${e.target.code}: ${e.cameo} ${e.label}`, testid: 'event-verb',
      })),
    ];
    const actors = new Map();
    for (const m of mentions) actors.set(m.code, (actors.get(m.code) ?? 0) + 1);
    const related = a.related ?? [];

    show(root,
      h('article', { class: 'article', 'data-testid': 'article' },
        h('h1', { 'data-testid': 'article-title' }, a.title || a.id),
        h('p', { class: 'meta' }, [a.date ?? 'undated', a.source, `${events.length} events`, `id ${a.id}`]
          .filter(Boolean).join(' · '),
        a.url ? [' · ', h('a', { href: a.url, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : null),
        h('div', { class: 'article-layout' },
          h('div', { class: 'article-text', 'data-testid': 'article-text' },
            h('p', { class: 'legend' }, h('mark', { class: 'mention' }, 'actor'), ' ',
              h('mark', { class: 'hl hl-verb' }, 'event verb')),
            h('div', { class: 'text' }, markBytes(a.text ?? '', marks))),
          h('aside', { class: 'article-side' },
            h('section', { class: 'panel', 'aria-labelledby': 'actors-h' },
              h('h2', { id: 'actors-h' }, 'Actors'),
              actors.size ? h('ul', { class: 'chips', 'data-testid': 'article-actors' },
                [...actors].sort((x, y) => y[1] - x[1]).map(([code, n]) => h('li', {},
                  h('a', { class: 'chip', href: routeHref('events', { actor: code }) }, code, ' ',
                    h('span', { class: 'count' }, n)))))
                : empty('No actors found.')),
            h('section', { class: 'panel', 'aria-labelledby': 'related-h', 'data-testid': 'related' },
              h('h2', { id: 'related-h' }, 'Related articles'),
              related.length ? h('ol', { class: 'related' }, related.map((r) => h('li', {},
                h('a', { href: routeHref('article', {}, r.id), 'data-testid': 'related-article' }, r.title || r.id),
                h('div', { class: 'meta' }, [r.date ?? 'undated', r.source,
                  `${r.shared} shared ${r.shared === 1 ? 'dyad' : 'dyads'}`].filter(Boolean).join(' · ')))))
                : empty('No other article shares a dyad with this one.')))),
        h('section', { class: 'panel', 'aria-labelledby': 'article-events-h' },
          h('h2', { id: 'article-events-h' }, `Events (${fmt.format(events.length)})`),
          events.length ? eventList(events, { showArticle: false }) : empty('No events were coded in this article.'))));
  }).catch((e) => {
    if (!isAbort(e)) show(root, h('h1', {}, 'Article'), failure(e), h('p', {}, h('a', { href: '#/article' }, 'Search the articles')));
  });
}
