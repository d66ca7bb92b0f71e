/** The privacy policy inside the extension: lib/release/privacy-policy.md, rendered as text. */
import { markdownBlocks } from '@/lib/release/markdown-blocks';
import policy from '@/lib/release/privacy-policy.md?raw';

export function Privacy() {
  const blocks = markdownBlocks(policy);
  const title = blocks.find((b) => b.kind === 'h1');
  if (title?.kind === 'h1') document.title = title.text;
  return (
    <main class="bs-root welcome privacy-policy">
      {blocks.map((block, i) => {
        if (block.kind === 'ul') return <ul key={i}>{block.items.map((item, j) => <li key={j}>{item}</li>)}</ul>;
        const Tag = block.kind;
        return <Tag key={i}>{block.text}</Tag>;
      })}
    </main>
  );
}
