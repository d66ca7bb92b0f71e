/** The report's sentence of a mention in a huge block is read from the text around it only. */
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '@/lib/page/read/blocks';
import { buildReport, buildReportInSlices } from '@/lib/page/read/report';
import { normaliseForMatch as normalise } from '@/lib/text/normalise';

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
    const report = buildReport('u', 'text/plain', true, 1, [{ block, mentions, ranges: [], painted: 2 }], { normalise,
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

describe('a report of a huge block, in slices', () => {
  it('gives each mention its own unit of work, so a slice can end between two of them', async () => {
    const filler = 'Nothing to see here.\n'.repeat(4_000); // one text node of 84 K: a huge block
    const pre = document.createElement('pre');
    pre.append(`${filler}Officials in Kazakhstan said so.\n`.repeat(5));
    document.body.replaceChildren(pre);
    const [block] = collectBlocks(document.body);
    if (!block) throw new Error('no block');
    const mentions = [];
    for (let at = block.text.indexOf('Kazakhstan'); at >= 0; at = block.text.indexOf('Kazakhstan', at + 1)) {
      mentions.push({ entity: 'kazakhstan', start: at, end: at + 10, surface: 'Kazakhstan', tier: 'name' as const });
    }
    expect(mentions).toHaveLength(5);
    // A clock on which reading the text around a mention takes 10 ms: over a slice's budget.
    let clock = 0;
    const node = block.segments[0]?.node as Text;
    const read = node.substringData.bind(node);
    node.substringData = (offset: number, count: number) => ((clock += 10), read(offset, count));
    const slices: number[] = [];
    const report = await buildReportInSlices('u', 'text/plain', true, 1, [{ block, mentions, ranges: [], painted: 5 }], { normalise,
      now: () => clock,
      onSlice: (ms) => slices.push(ms),
    });
    expect(report.entities[0]?.occurrences).toEqual(Array.from({ length: 5 }, () => ({ form: 'Kazakhstan', sentence: 'Officials in Kazakhstan said so.' })));
    // Five mentions, five slices of one mention each (and the empty end): never two in one.
    expect(slices.filter((ms) => ms > 0)).toEqual([10, 10, 10, 10, 10]);
  });
});
