/** The installed extension's background answers cards and searches from the bundled corpus. */
import { expect, it } from 'vitest';
import { forEachBrowser } from '../harness/session';

const TAGALOG = '000_64255a36b834ab02';
const HINDI = '001_f757772c22decdf9';

forEachBrowser((ctx) => {
  it('loads the bundled corpus on install and reports its version', async () => {
    const reply = await ctx().extension.background('ping', null);
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.value.corpusVersion).toMatch(/^[0-9a-f]{64}$/);
  });

  it("answers cardFor('s300') with the Tagalog passages", async () => {
    const reply = await ctx().extension.background('cardFor', { entity: 's300' });
    if (!reply.ok) throw new Error(reply.error);
    const card = reply.value;
    expect(card.entity).toMatchObject({ id: 's300', name: 'S-300', kind: 'weapon-system' });
    expect(card.passages.map((p) => [p.document.id, p.paragraph])).toEqual([
      [TAGALOG, 4],
      [TAGALOG, 2],
    ]);
    for (const p of card.passages) {
      expect(p.language).toBe('tl');
      expect(p.translation?.kind).toBe('editorial');
      expect(p.mentions.some((m) => m.entity === 's300' && p.text.slice(m.start, m.end) === 'S-300')).toBe(true);
    }
  });

  it("answers search('कजाकिस्तान') with passages from both documents", async () => {
    const reply = await ctx().extension.background('search', { query: 'कजाकिस्तान' });
    if (!reply.ok) throw new Error(reply.error);
    expect(reply.value.mode).toBe('entity');
    expect(reply.value.resolved?.entity.id).toBe('kazakhstan');
    expect(new Set(reply.value.hits.map((h) => h.passage.document.id))).toEqual(new Set([TAGALOG, HINDI]));
  });

  it('says clearly when asked about an entity it does not know', async () => {
    expect(await ctx().extension.background('cardFor', { entity: 'atlantis' })).toEqual({
      ok: false,
      error: 'Unknown entity "atlantis": it is not in the catalogue.',
    });
  });
});
