/**
 * The few Markdown blocks Backstory's own documents use (headings, paragraphs, "- " lists), read
 * as data so pages render them as text: no Markdown library, no HTML. `code` spans lose their
 * backticks.
 */
export type Block = { kind: 'h1' | 'h2' | 'p'; text: string } | { kind: 'ul'; items: string[] };

const plain = (text: string) => text.replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]*)\*\*/g, '$1').trim();

export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'p', text: plain(paragraph.join(' ')) });
    if (list) blocks.push({ kind: 'ul', items: list.map(plain) });
    paragraph = [];
    list = null;
  };
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^(#{1,2})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: heading[1] === '#' ? 'h1' : 'h2', text: plain(heading[2] ?? '') });
    } else if (/^[-*]\s+/.test(line)) {
      if (paragraph.length) flush();
      (list ??= []).push(line.replace(/^[-*]\s+/, ''));
    } else if (!line.trim()) flush();
    else if (list && /^\s+/.test(line)) list[list.length - 1] += ` ${line.trim()}`;
    else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}
