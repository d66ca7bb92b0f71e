/**
 * The first stage's side of the handoff to a second stage the background injected with a gate
 * answer: the handover it waits for, one at a time; the page handed only with the mentions of the
 * ask that read it; the changes followed until the second stage takes them; and a stage that did
 * not start is asked for again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Mention } from '@/lib/entities/types';
import { collectBlocks } from '@/lib/page/read/blocks';
import { findHandoff, type StageHandover } from '@/lib/page/stage/handoff';
import { PageWatch } from '@/lib/page/stage/page-watch';
import { SecondStageHandover } from '@/lib/page/stage/second-stage-handover';

const stops: AbortController[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop.abort()));

function setUp(html = '<p>Astana, Kazakhstan</p><p>Weather</p>') {
  document.body.innerHTML = html;
  const stop = new AbortController();
  stops.push(stop);
  const handover = new SecondStageHandover(stop.signal);
  const watch = new PageWatch(document, () => undefined);
  watch.begin(false);
  watch.keep(true);
  watch.watch((callback) => new MutationObserver(callback));
  let unwatched = 0;
  const unwatch = () => {
    unwatched++;
    watch.stop();
  };
  return { handover, watch, blocks: collectBlocks(document.body), unwatch, unwatched: () => unwatched };
}

const MENTION: Mention = { entity: 'kazakhstan', start: 8, end: 18, surface: 'Kazakhstan', tier: 'name' };
const startTheSecondStage = (handover: SecondStageHandover) => (handover.handoff.answer = () => undefined);

describe('SecondStageHandover', () => {
  it('leaves the handoff on the world’s global and one awaited handover at a time', async () => {
    const { handover } = setUp();
    expect(findHandoff()).toBe(handover.handoff);
    handover.expect();
    const first = handover.handoff.handover;
    handover.expect();
    expect(handover.handoff.handover).toBe(first);
    expect(handover.awaited).toBe(true);
    handover.settle(null);
    expect(await first).toBeNull();
    expect(handover.awaited).toBe(false);
    // Once the second stage runs, it is handed nothing more.
    startTheSecondStage(handover);
    handover.expect();
    expect(handover.handoff.handover).toBe(first);
  });

  it('tells the second stage of a change of the settings or the gate, also one it may have missed', () => {
    const { handover } = setUp();
    handover.asking();
    expect(handover.handoff.staleStart).toBe(false);
    // Before the second stage is here: it finds the mark when it starts.
    handover.gateChanged();
    expect(handover.handoff.staleStart).toBe(true);
    // Here: told at once. A new ask reads the values afresh.
    let told = 0;
    handover.handoff.onGateChanged = () => told++;
    handover.gateChanged();
    expect(told).toBe(1);
    handover.asking();
    expect(handover.handoff.staleStart).toBe(false);
  });

  it('hands the page read by the ask the injection answered, with its mentions and the changes since', async () => {
    const { handover, watch, blocks, unwatch, unwatched } = setUp();
    handover.expect();
    const handed = handover.handoff.handover!;
    handover.arrived({ start: { settings: 1 }, match: { key: 'k', entities: ['kazakhstan'], mentions: [[MENTION], []] }, blocks: 2, ask: 1 });
    expect(handover.injected).toBe(true);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Later' }));
    startTheSecondStage(handover);
    expect(handover.handOver(1, blocks, watch, unwatch)).toBe(true);
    const got = (await handed) as StageHandover;
    expect(got.start).toEqual({ settings: 1 });
    expect(got.scan?.blocks.map((block) => block.text)).toEqual(['Astana, Kazakhstan', 'Weather']);
    expect(got.scan?.mentions).toEqual([[MENTION], []]);
    // Followed until the second stage takes the changes; then no longer.
    expect(unwatched()).toBe(0);
    const records = got.scan!.takeRecords();
    expect(records.flatMap((record) => [...record.addedNodes].map((node) => node.textContent))).toEqual(['Later']);
    expect(unwatched()).toBe(1);
    expect(got.scan!.takeRecords()).toEqual([]);
  });

  it('hands no page for an injection that came with another ask’s answer', async () => {
    const { handover, watch, blocks, unwatch, unwatched } = setUp();
    handover.expect();
    const handed = handover.handoff.handover!;
    handover.arrived({ match: { key: 'k', entities: ['kazakhstan'], mentions: [[MENTION], []] }, blocks: 2, ask: 1 });
    startTheSecondStage(handover);
    expect(handover.handOver(2, blocks, watch, unwatch)).toBe(true);
    expect(await handed).toEqual({ scan: null });
    expect(unwatched()).toBe(1);
  });

  it('says so when the second stage did not start, and is ready to be asked again', async () => {
    const { handover, watch, blocks, unwatch, unwatched } = setUp();
    handover.expect();
    const handed = handover.handoff.handover!;
    handover.arrived({ match: { key: 'k', entities: ['kazakhstan'], mentions: [[MENTION], []] }, blocks: 2, ask: 1 });
    expect(handover.handOver(1, blocks, watch, unwatch)).toBe(false);
    expect(handover.injected).toBe(false);
    // The scan went nowhere: its changes were taken, and the page is no longer followed for it.
    expect((await handed)?.scan).not.toBeNull();
    expect(unwatched()).toBe(1);
  });
});
