/** Text with some ranges emphasised, rendered as text nodes and <mark> elements (never HTML). */
import type { ComponentChildren } from 'preact';

export interface Mark {
  start: number;
  end: number;
  /** CSS class of the <mark>: the card's entity, another entity, a search match. */
  className: string;
  title?: string;
}

export function MarkedText({ text, marks }: { text: string; marks: readonly Mark[] }) {
  const sorted = [...marks].filter((m) => m.end > m.start).sort((a, b) => a.start - b.start);
  const out: ComponentChildren[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue; // overlapping marks: the earlier one wins
    if (m.start > at) out.push(text.slice(at, m.start));
    out.push(
      <mark class={m.className} title={m.title}>
        {text.slice(m.start, m.end)}
      </mark>,
    );
    at = m.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}
