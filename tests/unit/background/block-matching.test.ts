/**
 * The background's `matchBlocks` (lib/background/block-matching.ts), through the message router as
 * a page sends it: the catalogue in force matches the blocks; another key gets no answer.
 */
import { describe, expect, it, vi } from 'vitest';
import { blockMatching } from '@/lib/background/block-matching';
import type { ActiveCatalogue } from '@/lib/background/matcher-cache';
import { compiledCatalogue } from '@/lib/entities/index';
import { envelope } from '@/lib/messages/envelope';
import type { BackgroundProtocol } from '@/lib/messages/protocol';
import { createRouter, type Handlers } from '@/lib/messages/router';
import { TEXT_BUILD_KEY } from '@/lib/text/build-key';

const ID = 'backstory@test';
const FRAME = { id: ID, tab: { id: 1 }, frameId: 0 };

describe('matchBlocks', () => {
  it('matches the blocks with the catalogue in force, and answers nothing for another key', async () => {
    const active = vi.fn(async () => ({ key: TEXT_BUILD_KEY, compiled: compiledCatalogue() }) as unknown as ActiveCatalogue);
    const route = createRouter({ ...blockMatching({ active }) } as unknown as Handlers<BackgroundProtocol>, { extensionId: ID });
    const ask = (key: string, texts: string[]) =>
      route(envelope<BackgroundProtocol, 'matchBlocks'>('matchBlocks', { key, entities: ['kazakhstan', 'csto'], blocks: texts.map((text) => ({ text })) }), FRAME as never);
    const reply = await ask(TEXT_BUILD_KEY, ['Paris.', 'The CSTO met in Kazakhstan.']);
    expect(reply).toMatchObject({ ok: true, value: { mentions: [[], [{ entity: 'csto', start: 4, end: 8 }, { entity: 'kazakhstan', start: 16, end: 26 }]] } });
    expect(await ask(`${TEXT_BUILD_KEY}+old-watchlist`, ['The CSTO met.'])).toEqual({ ok: true, value: { mentions: null } });
    expect(active).toHaveBeenCalledTimes(2);
  });
});
