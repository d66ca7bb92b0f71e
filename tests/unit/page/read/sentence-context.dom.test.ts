import { describe, expect, it } from 'vitest';
import { collectBlocks } from '@/lib/page/read/blocks';
import type { BlockRecord } from '@/lib/page/read/page-index';
import { createSentenceContexts } from '@/lib/page/read/sentence-context';

function recordFor(text: string): BlockRecord {
  const block = collectBlocks(document.body).find((b) => b.text.includes(text));
  if (!block) throw new Error(`no block holds ${text}`);
  return { block, mentions: [], ranges: [], painted: 0 };
}

describe('createSentenceContexts', () => {
  it('joins the lines of a paragraph cut by <br>, and gives the block its offset', () => {
    document.body.innerHTML = '<p>Earlier. Later, Kazakhstan hosted<br>the <b>CSTO</b> summit<br/>in Almaty.</p><p>Next paragraph.</p>';
    const context = createSentenceContexts()(recordFor('CSTO'));
    expect(context.text).toBe('Earlier. Later, Kazakhstan hosted the CSTO summit in Almaty.');
    expect(context.text.slice(context.offset)).toBe('the CSTO summit in Almaty.');
  });

  it('does not join across a block element', () => {
    document.body.innerHTML = '<div>Kazakhstan hosted<p>a summit.</p>the CSTO met.</div>';
    const context = createSentenceContexts()(recordFor('CSTO'));
    expect(context).toEqual({ text: 'the CSTO met.', offset: 0 });
  });
});
