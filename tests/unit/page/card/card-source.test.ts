/** The card controller's source of cards: the first page of each card asked for once per session. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BackgroundCards } from '@/lib/page/card/card-source';

describe('BackgroundCards', () => {
  let asked: unknown[];
  let fail: boolean;

  beforeEach(() => {
    fakeBrowser.reset();
    asked = [];
    fail = false;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const { type, data } = message as { type: string; data: unknown };
      asked.push({ type, data });
      return fail ? { ok: false, error: 'no corpus' } : { ok: true, value: { entity: (data as { entity?: string }).entity } };
    });
  });

  it('asks the background once for the first page of a card, and afresh for more passages', async () => {
    const cards = new BackgroundCards((id) => id.toUpperCase());
    expect(await cards.card('csto')).toEqual({ ok: true, value: { entity: 'csto' } });
    await cards.card('csto');
    await cards.card('csto', 10);
    await cards.card('csto', 10);
    expect(asked).toEqual([
      { type: 'cardFor', data: { entity: 'csto' } },
      { type: 'cardFor', data: { entity: 'csto', limit: 10 } },
      { type: 'cardFor', data: { entity: 'csto', limit: 10 } },
    ]);
    expect(cards.nameOf('csto')).toBe('CSTO');
  });

  it('does not keep a failure: the next hover asks again', async () => {
    const cards = new BackgroundCards(String);
    fail = true;
    expect(await cards.card('csto')).toEqual({ ok: false, error: 'no corpus' });
    fail = false;
    expect(await cards.card('csto')).toEqual({ ok: true, value: { entity: 'csto' } });
    expect(asked).toHaveLength(2);
  });

  it('keeps its cache to itself: a new session asks again', async () => {
    await new BackgroundCards(String).card('csto');
    await new BackgroundCards(String).card('csto');
    expect(asked).toHaveLength(2);
  });

  it('opens the search through the background', () => {
    new BackgroundCards(String).openSearch('ОДКБ');
    expect(asked).toEqual([{ type: 'openSearch', data: { query: 'ОДКБ' } }]);
  });
});
