/** Slips of the keyboard in abbreviations (lib/entities/forms/slips.ts). */
import { describe, expect, it } from 'vitest';
import { abbreviationSlips, adjacentSwaps } from '@/lib/entities/forms/slips';

describe('abbreviation slips', () => {
  it('swaps each pair of neighbouring letters once', () => {
    expect(adjacentSwaps('OVKS')).toEqual(['VOKS', 'OKVS', 'OVSK']);
    expect(adjacentSwaps('ОДКБ')).toEqual(['ДОКБ', 'ОКДБ', 'ОДБК']);
  });

  it('skips a swap of two equal letters, which changes nothing', () => {
    expect(adjacentSwaps('KBSZSZ')).not.toContain('KBSZSZ');
    expect(adjacentSwaps('AAB')).toEqual(['ABA']);
  });

  it('takes only capitals of four letters or more, and never another listed abbreviation', () => {
    const slips = abbreviationSlips(['CSTO', 'OVKS', 'OKVS', 'CIS', 'Csto', 'सीएसटीओ', '集安组织']);
    expect(slips).toContain('CTSO');
    expect(slips).not.toContain('OKVS'); // listed in its own right
    expect(slips.some((s) => s.startsWith('IC') || s === 'SCI')).toBe(false); // three letters
    expect(slips.every((s) => /^\p{Lu}+$/u.test(s))).toBe(true);
  });
});
