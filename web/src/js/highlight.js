// Marks byte spans of UTF-8 text. The store gives spans as byte offsets into
// the article; an event's sentence starts at sentence_span[0], so a span
// inside the sentence is at span - sentence_span[0] of its UTF-8 bytes.
import { h } from './util.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// marks: [{begin, end, class, title, testid}] in bytes of text. Overlapping
// marks are split into segments that carry every covering mark's classes.
export function markBytes(text, marks) {
  const bytes = encoder.encode(text);
  const valid = marks.filter((m) => Number.isInteger(m.begin) && Number.isInteger(m.end) &&
    m.begin >= 0 && m.end <= bytes.length && m.begin < m.end);
  const cuts = new Set([0, bytes.length]);
  for (const m of valid) { cuts.add(m.begin); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; ++i) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = decoder.decode(bytes.subarray(from, to));
    const covering = valid.filter((m) => m.begin <= from && m.end >= to);
    if (!covering.length) {
      fragment.append(piece);
      continue;
    }
    fragment.append(h('mark', {
      class: covering.map((m) => m.class).join(' '),
      title: covering.map((m) => m.title).filter(Boolean).join('; ') || null,
      'data-testid': covering.map((m) => m.testid).filter(Boolean).join(' ') || null,
    }, piece));
  }
  return fragment;
}

// The sentence of a stored event with its source, target and verb marked.
export function eventSentence(event) {
  const base = event.sentence_span?.[0] ?? 0;
  const role = (name, part, title) => part?.span && ({
    begin: part.span[0] - base,
    end: part.span[1] - base,
    class: `hl hl-${name}`,
    title,
    testid: `hl-${name}`,
  });
  const marks = [
    role('source', event.source, `source ${event.source?.code ?? ''}`),
    role('target', event.target, `target ${event.target?.code ?? ''}`),
    role('verb', event.verb, `${event.cameo} ${event.label ?? ''}`.trim()),
  ].filter(Boolean);
  return markBytes(event.sentence_text ?? '', marks);
}
