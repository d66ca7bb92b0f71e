/** The report's sentence of a mention in a huge block is read from the text around it only. */
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '@/lib/page/read/blocks';
import { buildReport } from '@/lib/page/read/report';

describe('a report of a block of megabytes', () => {
  it('finds the sentence around each mention across node seams, reading only near it', () => {
    // Three nodes of 52 K characters each (one block of 157 K): each under HUGE_TEXT_NODE, so
    // they join into one block and a name can run across their seams.
    const filler = 'Nothing to see here. '.repeat(2_500);
    const pre = document.createElement('pre');
    pre.append(`${filler}Officials in Kazak`, `hstan said so. ${filler}The CSTO met. `, filler);
    document.body.replaceChildren(pre);
    const [block] = collectBlocks(document.body);
    if (!block) throw new Error('no block');
    const at = (s: string) => block.text.indexOf(s);
    const mentions = [
      { entity: 'kazakhstan', start: at('Kazakhstan'), end: at('Kazakhstan') + 10, surface: 'Kazakhstan', tier: 'name' as const },
      { entity: 'csto', start: at('CSTO'), end: at('CSTO') + 4, surface: 'CSTO', tier: 'name' as const },
    ];
    // The block's whole text is never asked for: a context that throws proves it.
    const report = buildReport('u', 'text/plain', true, 1, [{ block, mentions, ranges: [], painted: 2 }], {
      contextOf: () => {
        throw new Error('the whole block was read');
      },
    });
    expect(report.entities.map((e) => e.occurrences)).toEqual([
      [{ form: 'Kazakhstan', sentence: 'Officials in Kazakhstan said so.' }],
      [{ form: 'CSTO', sentence: 'The CSTO met.' }],
    ]);
  });
});
