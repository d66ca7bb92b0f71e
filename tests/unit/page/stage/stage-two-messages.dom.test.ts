/**
 * The second stage and its extras in happy-dom (lib/page/stage/second-stage.ts,
 * stage-two-messages.ts, lib/page/extras/start-extras.ts), joined through the real handoffs, with
 * WXT's fake browser for storage and the real packed matcher and scan (the background cannot
 * match here: the page's own matcher is injected, as page-matcher.js is): `diagnostics` is answered
 * without the extras; the first report or jump has them injected once (concurrent asks share
 * it), then answered; a failed injection is kept in the diagnostics and tried again; other
 * extensions are ignored; everything goes with the content script's lifetime.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { packMatcher } from '@/lib/entities/pack';
import { PACKED_MATCHER_STORAGE_KEY } from '@/lib/entities/storage-keys';
import type { Result } from '@/lib/messages/protocol';
import type { PageDiagnostics } from '@/lib/page/diagnostics';
import { startPageExtras } from '@/lib/page/extras/start-extras';
import type { PageMentionsReport } from '@/lib/page/read/report';
import { findExtrasHandoff } from '@/lib/page/stage/extras-handoff';
import { findHandoff, leaveHandoff, type StageHandoff } from '@/lib/page/stage/handoff';
import { leaveUnpacker } from '@/lib/page/stage/matcher-handoff';
import { startSecondStage } from '@/lib/page/stage/second-stage';
import { unpackMatcher } from '@/lib/entities/unpack';
import { FakeStaticRange } from '../fake-static-range';

const packed = packMatcher();

let controller: AbortController;
let global: object;
let handoff: StageHandoff;
/** Each time the second stage asked the background for its extras. */
let injections: number;
/** Whether the background's injection works (the extras start) this time. */
let injects: boolean;

const inject = async (): Promise<Result<null>> => {
  injections++;
  // The background's executeScript is a round trip: the extras start a turn later.
  await new Promise((resolve) => setTimeout(resolve, 5));
  if (!injects) return { ok: false, error: 'Frame with ID 0 was removed.' };
  startPageExtras(global, fakeBrowser.runtime.id);
  return { ok: true, value: null };
};

/** A message from the extension (or from `senderId`), as the first stage forwards it. */
function ask(type: string, data: unknown = null, senderId = fakeBrowser.runtime.id): Promise<unknown> | undefined {
  return findHandoff(global)?.answer?.({ backstory: 1, type, data }, { id: senderId });
}

async function diagnostics(): Promise<PageDiagnostics> {
  const reply = (await ask('diagnostics')) as Result<PageDiagnostics>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.stubGlobal('StaticRange', FakeStaticRange);
  vi.stubGlobal('Highlight', class extends Set {});
  vi.stubGlobal('CSS', { highlights: new Map() });
  await fakeBrowser.storage.local.set({ [PACKED_MATCHER_STORAGE_KEY]: packed });
  document.body.innerHTML = '<p>Kazakhstan joined the CSTO in 1992.</p><p>The CSTO met in Astana.</p>';
  controller = new AbortController();
  global = {};
  handoff = { signal: controller.signal, startedAt: performance.now() };
  leaveHandoff(handoff, global);
  injections = 0;
  injects = true;
  // The background: it injects the page's own matcher when asked; it answers nothing else here.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    if ((message as { type: string }).type !== 'loadPageMatcher') return { ok: false, error: 'not in this test' };
    leaveUnpacker(unpackMatcher, global);
    return { ok: true, value: null };
  });
});

afterEach(() => {
  controller.abort();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the second stage and its extras', () => {
  it('answers diagnostics without the extras, and loads them once, for the first report or jump', async () => {
    expect(startSecondStage(document, global, inject)).toBe(true);
    // A second copy of the script (the background injected twice) finds the first and stops.
    expect(startSecondStage(document, global, inject)).toBe(false);
    await vi.waitFor(async () => expect((await diagnostics()).fullScans).toBe(1));
    expect((await diagnostics()).extras).toBeNull();
    expect(injections).toBe(0);
    expect(findExtrasHandoff(global)?.answer).toBeUndefined();

    // The popup opens while the keyboard steps: one injection for both.
    const [report, step] = (await Promise.all([ask('pageMentions'), ask('stepMention', { direction: 1 })])) as [
      Result<PageMentionsReport>,
      Result<{ found: boolean }>,
    ];
    expect(injections).toBe(1);
    if (!report.ok) throw new Error(report.error);
    expect(report.value.entities.map((e) => [e.entity, e.count])).toEqual([['csto', 2], ['kazakhstan', 1]]);
    expect(step).toEqual({ ok: true, value: { found: true } });
    expect(await ask('revealMention', { entity: 'csto', index: 1 })).toEqual({ ok: true, value: { found: true } });
    expect(injections).toBe(1);
    const loaded = (await diagnostics()).extras;
    expect(loaded?.loadedFor).toMatch(/^(pageMentions|stepMention)$/);
    expect(loaded?.ms).toBeGreaterThan(0);
  });

  it('reads the stored values again for a change the first stage was told of, before it started or after', async () => {
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    handoff.staleStart = true;
    startSecondStage(document, global, inject);
    // Its start read, and one more for the change it may have missed.
    await vi.waitFor(() => expect(reads).toHaveBeenCalledTimes(2));
    handoff.onGateChanged?.();
    await vi.waitFor(() => expect(reads).toHaveBeenCalledTimes(3));
  });

  it('keeps a failed injection in the diagnostics and tries again with the next ask', async () => {
    startSecondStage(document, global, inject);
    injects = false;
    expect(await ask('stepMention', { direction: 1 })).toEqual({ ok: false, error: 'Frame with ID 0 was removed.' });
    const failed = await diagnostics();
    expect(failed.extras).toBeNull();
    expect(failed.lastFailure).toEqual({ what: 'page extras', message: 'Frame with ID 0 was removed.' });
    injects = true;
    await vi.waitFor(async () => expect((await diagnostics()).fullScans).toBe(1));
    expect(await ask('stepMention', { direction: 1 })).toEqual({ ok: true, value: { found: true } });
    expect(injections).toBe(2);
    expect((await diagnostics()).extras?.loadedFor).toBe('stepMention');
  });

  it('leaves other extensions and messages it does not know unanswered, and loads nothing for them', async () => {
    startSecondStage(document, global, inject);
    expect(ask('pageMentions', null, 'another-extension')).toBeUndefined();
    expect(ask('diagnostics', null, 'another-extension')).toBeUndefined();
    expect(ask('gateChanged')).toBeUndefined();
    expect(findHandoff(global)?.answer?.({ type: 'pageMentions' }, { id: fakeBrowser.runtime.id })).toBeUndefined();
    expect(injections).toBe(0);
  });

  it('ends with the content script: the extras handoff and their answer go', async () => {
    startSecondStage(document, global, inject);
    await ask('stepMention', { direction: 1 });
    const extras = findExtrasHandoff(global);
    expect(extras?.answer).toBeTypeOf('function');
    controller.abort();
    expect(findExtrasHandoff(global)).toBeUndefined();
    expect(extras?.answer).toBeUndefined();
    // A late injection finds nothing to join.
    expect(startPageExtras(global, fakeBrowser.runtime.id)).toBe(false);
  });
});
