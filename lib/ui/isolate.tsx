/**
 * Text from pages, documents and queries set inside our own sentences, each piece in a `<bdi>`:
 * "No passages mention ‘إس-300’ yet." keeps the Arabic query in its own direction instead of
 * letting the sentence's direction reorder it (the digits would jump to the other side).
 */
import type { ComponentChildren } from 'preact';

const OPEN = '\uE000';
const CLOSE = '\uE001';

/**
 * Renders a translated message with each of `values` isolated. `render` builds the message
 * with the markers it is given standing for the values (so any `t()`/`tPlural()` call works).
 */
export function withIsolates(render: (marks: string[]) => string, values: readonly string[]): ComponentChildren {
  const marks = values.map((_, i) => `${OPEN}${i}${CLOSE}`);
  const pattern = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');
  const out: ComponentChildren[] = [];
  let last = 0;
  const text = render(marks);
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) out.push(text.slice(last, match.index));
    out.push(<bdi key={out.length}>{values[Number(match[1])] ?? ''}</bdi>);
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
