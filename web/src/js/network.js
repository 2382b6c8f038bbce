// The actor network: actors as nodes (area by events), the most active dyads
// as edges (width by events, colour by mean Goldstein score).
import { api, isAbort } from './api.js';
import { QUADS, empty, failure, fmt, h, loading, routeHref, show, tooltip } from './util.js';

export function render(root, route, { signal }) {
  const d3 = window.d3;
  const p = route.params;
  const params = {
    quad: p.get('quad') ?? '', from: p.get('from') ?? '', to: p.get('to') ?? '',
    limit: [25, 50, 100, 200, 500].includes(Number(p.get('limit'))) ? Number(p.get('limit')) : 100,
  };
  const form = h('form', {
    class: 'filters', 'aria-label': 'Network options',
    onsubmit: (e) => {
      e.preventDefault();
      location.hash = routeHref('network', Object.fromEntries(new FormData(e.target)));
    },
  },
  h('label', {}, 'Quad class ', h('select', { name: 'quad' }, h('option', { value: '' }, 'any'),
    Object.entries(QUADS).map(([q, n]) => h('option', { value: q, selected: params.quad === q }, `${q} ${n}`)))),
  h('label', {}, 'From ', h('input', { type: 'date', name: 'from', value: params.from })),
  h('label', {}, 'To ', h('input', { type: 'date', name: 'to', value: params.to })),
  h('label', {}, 'Dyads ', h('select', { name: 'limit' },
    [25, 50, 100, 200, 500].map((n) => h('option', { value: n, selected: n === params.limit }, n)))),
  h('button', { type: 'submit' }, 'Apply'));
  const box = h('section', { class: 'panel', 'data-testid': 'network-panel', 'aria-label': 'Actor network' },
    loading('Loading the network…'));
  show(root, h('h1', {}, 'Actor network'),
    h('p', { class: 'lead' }, 'The most active dyads. Drag a node to move it; click an actor for its events, ' +
      'a line for the dyad.'), form, box);

  api('network', params, { signal }).then((r) => {
    const nodes = (r.nodes ?? []).map((n) => ({ ...n, id: n.code ?? n.actor }));
    const ids = new Set(nodes.map((n) => n.id));
    const links = (r.edges ?? []).filter((e) => ids.has(e.a) && ids.has(e.b))
      .map((e) => ({ ...e, source: e.a, target: e.b }));
    if (!nodes.length) { show(box, empty('No dyads in this selection.')); return; }

    const width = 1000, height = 560;
    const radius = d3.scaleSqrt().domain([0, d3.max(nodes, (n) => n.count) || 1]).range([4, 26]);
    const stroke = d3.scaleLinear().domain([0, d3.max(links, (l) => l.count) || 1]).range([1, 10]);
    const color = goldsteinColor(d3);

    // A fixed number of ticks up front: a stable picture, no animation.
    const sim = d3.forceSimulation(nodes)
      .force('link', d3.forceLink(links).id((n) => n.id).distance(70).strength(0.4))
      .force('charge', d3.forceManyBody().strength(-160))
      .force('collide', d3.forceCollide((n) => radius(n.count) + 3))
      .force('x', d3.forceX(width / 2).strength(0.05))
      .force('y', d3.forceY(height / 2).strength(0.07))
      .stop();
    for (let i = 0; i < 300; ++i) sim.tick();
    for (const n of nodes) {
      n.x = Math.max(30, Math.min(width - 30, n.x));
      n.y = Math.max(30, Math.min(height - 30, n.y));
    }

    const figure = h('figure', { class: 'network' });
    show(box, h('p', { class: 'note', 'data-testid': 'network-count' },
      `${fmt.format(nodes.length)} actors, ${fmt.format(links.length)} dyads.`), figure);
    const svg = d3.select(figure).append('svg').attr('viewBox', `0 0 ${width} ${height}`)
      .attr('role', 'group').attr('aria-label', `Network of ${nodes.length} actors and ${links.length} dyads`)
      .attr('data-testid', 'network-svg');
    const link = svg.append('g').attr('class', 'links').selectAll('line').data(links).join('line')
      .attr('stroke', (l) => color(l.goldstein_mean)).attr('stroke-width', (l) => stroke(l.count))
      .attr('data-testid', 'network-edge')
      .on('click', (e, l) => { location.hash = routeHref('dyad', { a: l.a, b: l.b }); })
      .on('mousemove', (e, l) => tooltip(e, `${l.a} ↔ ${l.b}: ${l.count} events, mean Goldstein ` +
        `${Number(l.goldstein_mean).toFixed(2)}`))
      .on('mouseleave', (e) => tooltip(e, null));
    const node = svg.append('g').attr('class', 'nodes').selectAll('g').data(nodes).join('g')
      .attr('class', 'node').attr('data-testid', 'network-node').attr('data-code', (n) => n.id)
      .attr('tabindex', 0).attr('role', 'link')
      .attr('aria-label', (n) => `${n.id}: ${n.count} events`)
      .on('click', (e, n) => { if (!e.defaultPrevented) location.hash = routeHref('events', { actor: n.id }); })
      .on('keydown', (e, n) => { if (e.key === 'Enter') location.hash = routeHref('events', { actor: n.id }); })
      .on('mousemove', (e, n) => tooltip(e, `${n.id}: ${n.count} events`))
      .on('mouseleave', (e) => tooltip(e, null));
    node.append('circle').attr('r', (n) => radius(n.count));
    node.append('text').attr('dy', (n) => -radius(n.count) - 3).attr('text-anchor', 'middle').text((n) => n.id);

    const place = () => {
      link.attr('x1', (l) => l.source.x).attr('y1', (l) => l.source.y)
        .attr('x2', (l) => l.target.x).attr('y2', (l) => l.target.y);
      node.attr('transform', (n) => `translate(${n.x},${n.y})`);
    };
    place();
    node.call(d3.drag()
      .on('start', (e, n) => { sim.alphaTarget(0.2).restart(); n.fx = n.x; n.fy = n.y; })
      .on('drag', (e, n) => { n.fx = e.x; n.fy = e.y; })
      .on('end', (e, n) => { sim.alphaTarget(0); n.fx = null; n.fy = null; }));
    sim.on('tick', place);
    signal.addEventListener('abort', () => sim.stop());

    figure.append(h('figcaption', { class: 'legend' }, 'Mean Goldstein of a dyad: ', goldsteinLegend(d3, color),
      ' Node area: events of the actor in these dyads; line width: events of the dyad.'));
  }).catch((e) => { if (!isAbort(e)) show(box, failure(e)); });
}

export function goldsteinColor(d3) {
  // Red for conflict, blue for cooperation, on the -10..+10 scale.
  return d3.scaleDiverging([-10, 0, 10], d3.interpolateRdBu).clamp(true);
}

export function goldsteinLegend(d3, color) {
  const steps = [-10, -5, -2, 0, 2, 5, 10];
  return h('span', { class: 'scale' }, steps.map((v) => {
    const s = h('span', { class: 'step' }, v > 0 ? `+${v}` : String(v));
    s.style.background = color(v);
    s.style.color = Math.abs(v) >= 5 ? '#fff' : '#111';
    return s;
  }));
}
