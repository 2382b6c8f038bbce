// The world map: counted events per actor country on Natural Earth's country
// shapes (world-atlas, served from data/; no tiles, no other host).
import { api, isAbort } from './api.js';
import { QUADS, empty, failure, fmt, h, loading, routeHref, show, tooltip } from './util.js';

let atlas = null;  // the parsed countries-110m.json, loaded once

// Outlines without an ISO 3166-1 numeric code, by their Natural Earth name.
const NO_NUMERIC = { Kosovo: 'XKX' };

async function loadAtlas(signal) {
  if (!atlas) {
    const response = await fetch('data/countries-110m.json', { signal });
    if (!response.ok) throw new Error(`the map data (data/countries-110m.json) did not load: ${response.status}`);
    atlas = await response.json();
  }
  return atlas;
}

export function render(root, route, { signal }) {
  const d3 = window.d3;
  const p = route.params;
  const params = { quad: p.get('quad') ?? '', from: p.get('from') ?? '', to: p.get('to') ?? '', mode: p.get('mode') ?? '' };
  const form = h('form', {
    class: 'filters', 'aria-label': 'Map options',
    onsubmit: (e) => { e.preventDefault(); location.hash = routeHref('map', Object.fromEntries(new FormData(e.target))); },
  },
  h('label', {}, 'Quad class ', h('select', { name: 'quad' }, h('option', { value: '' }, 'any'),
    Object.entries(QUADS).map(([q, n]) => h('option', { value: q, selected: params.quad === q }, `${q} ${n}`)))),
  h('label', {}, 'From ', h('input', { type: 'date', name: 'from', value: params.from })),
  h('label', {}, 'To ', h('input', { type: 'date', name: 'to', value: params.to })),
  h('button', { type: 'submit' }, 'Apply'));
  const box = h('section', { class: 'panel', 'data-testid': 'map-panel', 'aria-label': 'World map' },
    loading('Loading the map…'));
  show(root, h('h1', {}, 'World map'),
    h('p', { class: 'lead' }, 'Events per country of their actors (an event counts once for each country ' +
      'among its source and target). Click a country for its events.'), form, box);

  Promise.all([loadAtlas(signal), api('countries', params, { signal })]).then(([topo, r]) => {
    const countries = r.countries ?? [];
    const byNumeric = new Map(countries.filter((c) => c.numeric).map((c) => [String(c.numeric).padStart(3, '0'), c]));
    const features = window.topojson.feature(topo, topo.objects.countries).features;
    // Natural Earth gives a few disputed territories no ISO code; the store may.
    for (const f of features) {
      if (f.id === undefined && NO_NUMERIC[f.properties?.name]) {
        const c = countries.find((x) => x.country === NO_NUMERIC[f.properties.name]);
        if (c) {
          f.id = `x-${c.country}`;
          byNumeric.set(f.id, c);
        }
      }
    }
    const width = 960, height = 500;
    const projection = d3.geoEqualEarth().fitExtent([[8, 8], [width - 8, height - 8]], { type: 'Sphere' });
    const path = d3.geoPath(projection);
    const max = d3.max(countries, (c) => c.count) || 1;
    const fill = d3.scaleSequentialSqrt([0, max], d3.interpolateYlOrRd);

    const figure = h('figure', { class: 'map' });
    const drawn = new Set(features.filter((f) => byNumeric.has(f.id)).map((f) => byNumeric.get(f.id)));
    const shown = countries.filter((c) => drawn.has(c));
    show(box, figure);
    const svg = d3.select(figure).append('svg').attr('viewBox', `0 0 ${width} ${height}`)
      .attr('role', 'img').attr('data-testid', 'map-svg')
      .attr('aria-label', `World map of events per country; ${countries.length} countries have events`);
    svg.append('path').attr('class', 'sphere').attr('d', path({ type: 'Sphere' }));
    svg.append('path').attr('class', 'graticule').attr('d', path(d3.geoGraticule10()));
    svg.append('g').selectAll('path').data(features).join('path')
      .attr('class', (f) => (byNumeric.has(f.id) ? 'country has-data' : 'country'))
      .attr('d', path)
      .style('fill', (f) => (byNumeric.has(f.id) ? fill(byNumeric.get(f.id).count) : null))
      .attr('data-testid', 'country')
      .attr('data-id', (f) => f.id ?? '')
      .attr('data-count', (f) => byNumeric.get(f.id)?.count ?? 0)
      .on('click', (e, f) => {
        const c = byNumeric.get(f.id);
        if (c) location.hash = routeHref('events', { country: c.country });
      })
      .on('mousemove', (e, f) => {
        const c = byNumeric.get(f.id);
        tooltip(e, c ? `${c.name ?? f.properties.name}: ${fmt.format(c.count)} events, mean Goldstein ` +
          `${Number(c.goldstein_mean).toFixed(2)}` : `${f.properties.name}: no events`);
      })
      .on('mouseleave', (e) => tooltip(e, null));

    const none = h('span', { class: 'step no-data' }, 'none');
    figure.append(h('figcaption', { class: 'legend' }, 'Events: ', h('span', { class: 'scale' }, none),
      rampLegend(fill, max),
      shown.length < countries.length ? ` Not on this map (too small at this scale, or without a code): ` +
        countries.filter((c) => !shown.includes(c)).map((c) => c.name ?? c.country).join(', ') + '.' : ''));
    // The same numbers as a table: readable without the map.
    box.append(countries.length ? h('details', { class: 'country-table', open: countries.length <= 12 },
      h('summary', {}, `Countries (${countries.length})`),
      h('table', { 'data-testid': 'country-table' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Country'), h('th', { scope: 'col' }, 'Events'),
          h('th', { scope: 'col' }, 'Mean Goldstein'))),
        h('tbody', {}, countries.map((c) => h('tr', {},
          h('td', {}, h('a', { href: routeHref('events', { country: c.country }) }, c.name ?? c.country),
            ' ', h('code', {}, c.country)),
          h('td', { class: 'num' }, fmt.format(c.count)),
          h('td', { class: 'num' }, Number(c.goldstein_mean).toFixed(2)))))))
      : empty('No events with a known country in this selection.'));
  }).catch((e) => { if (!isAbort(e)) show(box, failure(e)); });
}

function rampLegend(fill, max) {
  const steps = [0, 0.1, 0.25, 0.5, 1].map((f) => Math.round(f * max));
  return h('span', { class: 'scale' }, [...new Set(steps)].map((v) => {
    const s = h('span', { class: 'step' }, fmt.format(v));
    s.style.background = fill(v);
    s.style.color = v / max > 0.5 ? '#fff' : '#111';
    return s;
  }));
}
