// The dyad view: two actors, their relation over time (quad-class counts as
// stacked bars, mean Goldstein as a line); a click on a period lists its events.
import { api, isAbort } from './api.js';
import { eventList } from './eventlist.js';
import {
  QUADS, actorDatalist, bucketEnd, empty, failure, fmt, h, loading, parseDay, routeHref, show, tooltip,
} from './util.js';

const QUAD_COLORS = { 1: '#4e9bd1', 2: '#1f5f99', 3: '#f0a04b', 4: '#c2362f' };
const DIRECTIONS = { both: 'Both directions', a_to_b: 'A → B', b_to_a: 'B → A' };
const PAGE = 100;

export function render(root, route, { signal }) {
  const p = route.params;
  const state = {
    a: (p.get('a') ?? '').toUpperCase(),
    b: (p.get('b') ?? '').toUpperCase(),
    bucket: ['day', 'week', 'month'].includes(p.get('bucket')) ? p.get('bucket') : 'month',
    mode: p.get('mode') === 'reports' ? 'reports' : 'events',
    dir: DIRECTIONS[p.get('dir')] ? p.get('dir') : 'both',
    at: p.get('at') ?? '',
  };
  const go = (changes) => { location.hash = routeHref('dyad', { ...state, ...changes }); };
  const list = actorDatalist(api);

  const form = h('form', {
    class: 'picker', 'data-testid': 'dyad-form', 'aria-label': 'Pick a dyad',
    onsubmit: (e) => {
      e.preventDefault();
      const data = new FormData(e.target);
      go({
        a: String(data.get('a')).trim().toUpperCase(), b: String(data.get('b')).trim().toUpperCase(),
        bucket: data.get('bucket'), mode: data.get('mode'), dir: data.get('dir'), at: '',
      });
    },
  },
  h('label', {}, 'Actor A ', h('input', {
    name: 'a', value: state.a, list, required: true, autocomplete: 'off', spellcheck: 'false',
    placeholder: 'e.g. CHNGOV', 'data-testid': 'actor-a',
  })),
  h('label', {}, 'Actor B ', h('input', {
    name: 'b', value: state.b, list, required: true, autocomplete: 'off', spellcheck: 'false',
    placeholder: 'e.g. USAGOV', 'data-testid': 'actor-b',
  })),
  h('label', {}, 'Period ', select('bucket', state.bucket, { day: 'Day', week: 'Week', month: 'Month' })),
  h('label', {}, 'Count ', select('mode', state.mode, { events: 'Events', reports: 'Reports' })),
  h('label', {}, 'Direction ', select('dir', state.dir, DIRECTIONS)),
  h('button', { type: 'submit', 'data-testid': 'dyad-show' }, 'Show'));

  const topBox = h('section', { class: 'panel top-dyads', 'aria-labelledby': 'top-dyads-h' },
    h('h2', { id: 'top-dyads-h' }, 'Most active dyads'), loading());
  const chartBox = h('section', { class: 'panel chart', 'aria-labelledby': 'chart-h', 'data-testid': 'chart-panel' });
  const eventsBox = h('section', { class: 'panel', 'aria-labelledby': 'events-h', 'data-testid': 'dyad-events' });

  show(root,
    h('h1', {}, 'Dyad'),
    h('p', { class: 'lead' }, 'Two actors and their relation over time. Click a point to list its events.'),
    form,
    h('div', { class: 'dyad-layout' }, h('div', { class: 'dyad-main' }, chartBox, eventsBox), topBox));

  // The most active dyads, as a quick way to pick one.
  api('top-dyads', { limit: 15 }, { signal }).then((r) => {
    const dyads = r.dyads ?? [];
    show(topBox, h('h2', { id: 'top-dyads-h' }, 'Most active dyads'),
      dyads.length ? h('ol', { class: 'dyad-list', 'data-testid': 'top-dyads' }, dyads.map((d) =>
        h('li', {}, h('a', {
          href: routeHref('dyad', { a: d.a, b: d.b, bucket: state.bucket, mode: state.mode }),
          'data-testid': 'top-dyad', 'data-a': d.a, 'data-b': d.b,
          'aria-current': d.a === state.a && d.b === state.b ? 'true' : null,
        }, h('span', { class: 'pair' }, d.a, ' ↔ ', d.b),
        h('span', { class: 'count' }, fmt.format(d.count)))))) : empty('No events stored yet.'));
  }).catch((e) => { if (!isAbort(e)) show(topBox, h('h2', { id: 'top-dyads-h' }, 'Most active dyads'), failure(e)); });

  if (!state.a || !state.b) {
    show(chartBox, h('h2', { id: 'chart-h' }, 'Relation over time'),
      empty('Pick two actors above, or one of the most active dyads.'));
    return;
  }
  const title = `${state.a} ↔ ${state.b}`;
  show(chartBox, h('h2', { id: 'chart-h' }, title), loading('Loading the series…'));

  api('series', { a: state.a, b: state.b, bucket: state.bucket, mode: state.mode }, { signal }).then((r) => {
    const points = (r.points ?? []).filter((pt) => (pt[state.dir]?.total ?? 0) > 0);
    if (!points.length) {
      show(chartBox, h('h2', { id: 'chart-h' }, title),
        empty(`No ${state.mode} between ${state.a} and ${state.b}${state.dir === 'both' ? '' : ' in this direction'}.`));
      return;
    }
    const total = points.reduce((n, pt) => n + pt[state.dir].total, 0);
    const figure = h('figure', { class: 'series', 'data-testid': 'series-chart' });
    show(chartBox, h('h2', { id: 'chart-h' }, title),
      h('p', { class: 'note' }, `${fmt.format(total)} ${total === 1 ? state.mode.replace(/s$/, '') : state.mode} in `,
        `${points.length} ${points.length === 1 ? state.bucket : state.bucket + 's'}, `,
        `${DIRECTIONS[state.dir].replace(/^Both/, 'both')}.`),
      figure);
    const pick = (pt) => {
      // A new history entry without re-rendering the view: only the events change.
      state.at = pt.bucket;
      history.pushState(null, '', routeHref('dyad', state));
      figure.querySelectorAll('.selected').forEach((el) => el.classList.remove('selected'));
      figure.querySelectorAll(`[data-bucket="${pt.bucket}"]`).forEach((el) => el.classList.add('selected'));
      loadEvents(eventsBox, pt, state, signal);
    };
    drawSeries(figure, points, state, pick);
    const selected = points.find((pt) => pt.bucket === state.at);
    if (selected) loadEvents(eventsBox, selected, state, signal);
    else show(eventsBox, h('h2', { id: 'events-h' }, 'Events'), empty('Click a point of the chart to list its events.'));
  }).catch((e) => {
    if (!isAbort(e)) show(chartBox, h('h2', { id: 'chart-h' }, title), failure(e));
  });
}

function select(name, value, options) {
  return h('select', { name, 'data-testid': `select-${name}` },
    Object.entries(options).map(([k, label]) => h('option', { value: k, selected: k === value }, label)));
}

function drawSeries(figure, points, state, onPick) {
  const d3 = window.d3;
  const width = 860, height = 340;
  const margin = { top: 16, right: 48, bottom: 32, left: 44 };
  const counts = (pt) => pt[state.dir];
  const start = (pt) => parseDay(pt.bucket);
  const end = (pt) => new Date(parseDay(bucketEnd(pt.bucket, state.bucket)).getTime() + 86400000);

  // At least a dozen buckets wide, so that a lone bucket is a bar, not a wall.
  const extent = [+d3.min(points, start), +d3.max(points, end)];
  const bucketMs = { day: 1, week: 7, month: 30.44 }[state.bucket] * 86400000;
  const span = Math.max(extent[1] - extent[0], 12 * bucketMs);
  const pad = (span - (extent[1] - extent[0])) / 2 + span * 0.03;
  const x = d3.scaleUtc().domain([new Date(extent[0] - pad), new Date(extent[1] + pad)])
    .range([margin.left, width - margin.right]);
  const yCount = d3.scaleLinear().domain([0, d3.max(points, (pt) => counts(pt).total) || 1]).nice()
    .range([height - margin.bottom, margin.top]);
  const yGold = d3.scaleLinear().domain([-10, 10]).range([height - margin.bottom, margin.top]);

  const svg = d3.select(figure).append('svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('role', 'group')  // not img: its points are buttons
    .attr('aria-label', `Events between ${state.a} and ${state.b} per ${state.bucket}: bars count the four quad classes, the line is the mean Goldstein score`);

  svg.append('g').attr('class', 'axis').attr('transform', `translate(0,${height - margin.bottom})`)
    .call(d3.axisBottom(x).ticks(8));
  svg.append('g').attr('class', 'axis').attr('transform', `translate(${margin.left},0)`)
    .call(d3.axisLeft(yCount).ticks(5).tickFormat(d3.format('d')));
  svg.append('g').attr('class', 'axis goldstein-axis').attr('transform', `translate(${width - margin.right},0)`)
    .call(d3.axisRight(yGold).ticks(5));
  svg.append('text').attr('class', 'axis-title').attr('x', margin.left).attr('y', margin.top - 4).text(state.mode);
  svg.append('text').attr('class', 'axis-title').attr('x', width - margin.right).attr('y', margin.top - 4)
    .attr('text-anchor', 'end').text('Goldstein');
  svg.append('line').attr('class', 'zero').attr('x1', margin.left).attr('x2', width - margin.right)
    .attr('y1', yGold(0)).attr('y2', yGold(0));

  // Stacked quad-class bars, one stack per bucket (at least 3 px wide).
  const barWidth = (pt) => Math.max(3, x(end(pt)) - x(start(pt)) - 1);
  const stacks = svg.append('g').attr('class', 'bars');
  for (const pt of points) {
    let y0 = 0;
    const c = counts(pt);
    const g = stacks.append('g').attr('class', 'bar').classed('selected', pt.bucket === state.at)
      .attr('data-bucket', pt.bucket)
      .on('click', () => onPick(pt))
      .on('mousemove', (e) => tooltip(e, label(pt, state)))
      .on('mouseleave', (e) => tooltip(e, null));
    for (const q of [1, 2, 3, 4]) {
      const n = c[`q${q}`] ?? 0;
      if (!n) continue;
      g.append('rect')
        .attr('x', x(start(pt))).attr('width', barWidth(pt))
        .attr('y', yCount(y0 + n)).attr('height', yCount(y0) - yCount(y0 + n))
        .attr('fill', QUAD_COLORS[q]);
      y0 += n;
    }
  }

  // The mean Goldstein line, with one focusable point per bucket.
  const cx = (pt) => x(start(pt)) + barWidth(pt) / 2;
  svg.append('path').attr('class', 'goldstein-line')
    .attr('d', d3.line().x(cx).y((pt) => yGold(counts(pt).goldstein_mean))(points));
  svg.append('g').attr('class', 'points').selectAll('circle').data(points).join('circle')
    .attr('cx', cx).attr('cy', (pt) => yGold(counts(pt).goldstein_mean)).attr('r', 6)
    .attr('class', (pt) => `point${pt.bucket === state.at ? ' selected' : ''}`)
    .attr('tabindex', 0).attr('role', 'button')
    .attr('data-testid', 'series-point').attr('data-bucket', (pt) => pt.bucket)
    .attr('aria-label', (pt) => label(pt, state))
    .on('click', (e, pt) => onPick(pt))
    .on('keydown', (e, pt) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onPick(pt); } })
    .on('mousemove', (e, pt) => tooltip(e, label(pt, state)))
    .on('mouseleave', (e) => tooltip(e, null));

  const legend = h('figcaption', { class: 'legend' },
    Object.entries(QUADS).map(([q, name]) => h('span', {}, swatch(QUAD_COLORS[q]), name)),
    h('span', {}, h('span', { class: 'swatch line', 'aria-hidden': 'true' }), 'Mean Goldstein (right axis)'));
  figure.append(legend);
}

function swatch(color) {
  const s = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  s.style.background = color;
  return s;
}

function label(pt, state) {
  const c = pt[state.dir];
  return `${periodName(pt.bucket, state.bucket)}: ${c.total} ${state.mode} ` +
    `(Q1 ${c.q1}, Q2 ${c.q2}, Q3 ${c.q3}, Q4 ${c.q4}), mean Goldstein ${Number(c.goldstein_mean).toFixed(2)}`;
}

function periodName(bucket, size) {
  if (size === 'month') return bucket.slice(0, 7);
  if (size === 'week') return `week of ${bucket}`;
  return bucket;
}

function loadEvents(box, pt, state, signal, offset = 0, list = null) {
  const params = {
    from: pt.bucket, to: bucketEnd(pt.bucket, state.bucket), mode: state.mode,
    limit: PAGE, offset, sort: 'date',
  };
  if (state.dir === 'a_to_b') Object.assign(params, { source: state.a, target: state.b });
  else if (state.dir === 'b_to_a') Object.assign(params, { source: state.b, target: state.a });
  else params.dyad = `${state.a},${state.b}`;
  const heading = h('h2', { id: 'events-h', tabindex: -1 },
    `Events of ${periodName(pt.bucket, state.bucket)}: ${state.a} ↔ ${state.b}`);
  if (!list) {
    box.token = (box.token ?? 0) + 1;
    show(box, heading, loading('Loading the events…'));
  }
  const token = box.token;
  api('events', params, { signal }).then((r) => {
    if (token !== box.token) return;  // a later click superseded this one
    const events = r.events ?? [];
    const total = r.total?.[state.mode] ?? r.total?.events ?? events.length;
    if (!list) {
      if (!events.length) { show(box, heading, empty('No events in this period.')); return; }
      list = eventList(events);
      show(box, heading, h('p', { class: 'note', 'data-testid': 'events-count' },
        `${fmt.format(total)} ${state.mode}, oldest first.`), list);
    } else {
      list.append(...eventList(events).children);
      box.querySelector('.more')?.remove();
    }
    const shown = offset + events.length;
    if (shown < total && events.length) {
      box.append(h('button', {
        class: 'more', type: 'button',
        onclick: () => loadEvents(box, pt, state, signal, shown, list),
      }, `Show more (${fmt.format(total - shown)} left)`));
    }
  }).catch((e) => { if (!isAbort(e) && token === box.token) show(box, heading, failure(e)); });
}
