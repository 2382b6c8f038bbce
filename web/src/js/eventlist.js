// The list of events shared by the dyad, article and events views: one card
// per event, its sentence with source, target and verb marked.
import { eventSentence } from './highlight.js';
import { goldsteinBadge, h, quadBadge, routeHref } from './util.js';

export function actorLink(actor, role) {
  return h('a', {
    class: `actor ${role}`,
    href: routeHref('events', { actor: actor.code }),
    title: [actor.text && `“${actor.text}”`, actor.country, actor.role].filter(Boolean).join(' · '),
  }, actor.code);
}

export function eventCard(event, { showArticle = true } = {}) {
  const flags = [];
  if (event.negated) flags.push('negated');
  if (event.modality && event.modality !== 'asserted') flags.push(event.modality);
  if (event.historical) flags.push('historical');
  if (event.group?.reports > 1) flags.push(`${event.group.reports} reports`);
  return h('li', { class: `event quad-border-${event.quad_class}`, 'data-testid': 'event', 'data-id': event.id },
    h('div', { class: 'event-head' },
      h('time', { datetime: event.date ?? '' }, event.date ?? 'undated'),
      actorLink(event.source, 'source'),
      h('span', { class: 'arrow', 'aria-label': 'to' }, '→'),
      actorLink(event.target, 'target'),
      h('span', { class: 'cameo' }, h('code', {}, event.cameo), ' ', event.label ?? ''),
      goldsteinBadge(event.goldstein),
      quadBadge(event.quad_class),
      flags.map((f) => h('span', { class: 'flag' }, f))),
    h('p', { class: 'sentence', 'data-testid': 'event-sentence' }, eventSentence(event)),
    h('div', { class: 'event-foot' },
      h('span', { class: 'legend-source' }, 'source: ', event.source?.text || event.source?.code),
      h('span', { class: 'legend-verb' }, 'verb: ', event.verb?.text || '—'),
      h('span', { class: 'legend-target' }, 'target: ', event.target?.text || event.target?.code),
      event.location?.name ? h('span', {}, 'place: ', event.location.name) : null,
      showArticle ? h('a', { href: routeHref('article', {}, event.article), 'data-testid': 'article-link' },
        `article ${event.article}`) : null));
}

export function eventList(events, options) {
  return h('ol', { class: 'events', 'data-testid': 'event-list' }, events.map((e) => eventCard(e, options)));
}
