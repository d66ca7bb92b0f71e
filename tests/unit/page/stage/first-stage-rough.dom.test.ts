/**
 * The first stage's first question about a page of many elements: its rough text
 * (lib/page/stage/rough-read.ts). A page without a mention is answered from it alone, never
 * walked; where the rough text passes, the background starts injecting the second stage while
 * the page's blocks are read, and the answer about them comes with it: it is handed the blocks
 * and their mentions, none when they hold none. A page of few elements, or with more rough text
 * than is sent at once, is walked at once (first-stage.dom.test.ts covers those pages).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compiledCatalogue } from '@/lib/entities';
import { summaryOf } from '@/lib/entities/matcher-summary';
import { MATCHER_SUMMARY_STORAGE_KEY, PAGE_GATE_STORAGE_KEY } from '@/lib/entities/storage-keys';
import type { PageDiagnostics } from '@/lib/page/diagnostics';
import { findHandoff } from '@/lib/page/stage/handoff';
import { ROUGH_MIN_ELEMENTS } from '@/lib/page/stage/rough-read';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { SETTINGS_AREA_KEY } from '@/lib/settings/storage-key';
import { TEXT_BUILD_KEY } from '@/lib/text/build-key';
import { freshStageWorld, GATE, stageCounts, startFirstStage } from './fake-stage';

// Elements without text: enough of them for the rough read, and nothing to read in them.
const MANY = `<nav>${'<i></i>'.repeat(ROUGH_MIN_ELEMENTS)}</nav>`;

let controller: AbortController;

const SUMMARY = summaryOf(TEXT_BUILD_KEY, compiledCatalogue(), { kazakhstan: 'Kazakhstan', csto: 'CSTO', s300: 'S-300' });
const STORED = { [PAGE_GATE_STORAGE_KEY]: GATE, [MATCHER_SUMMARY_STORAGE_KEY]: SUMMARY };

const start = (body: string, stored: Record<string, unknown> = STORED) => startFirstStage(MANY + body, stored, controller.signal);

/** What the first stage handed the second stage: the blocks' texts and how many mentions each holds (null: nothing handed). */
async function handed() {
  const handover = await findHandoff()?.handover;
  const scan = handover?.scan;
  return scan ? scan.blocks.map((block, i) => [block.text, scan.mentions[i]?.length]) : null;
}

beforeEach(() => {
  controller = new AbortController();
  freshStageWorld();
});

afterEach(() => controller.abort());

describe('the first stage reading roughly', () => {
  it('answers a page without a mention from its rough text alone, and never walks it', async () => {
    const { stage, fake } = start('<p>The weather in Paris was fine.</p>');
    await stage.ready;
    expect(stage.state).toBe('gated');
    expect(stageCounts.injected).toBe(0);
    // Sent once, whole, as the page's last chunk; the background painted the toolbar.
    expect(fake.gateRequests).toEqual([{ text: 'The weather in Paris was fine.', host: location.hostname, last: true, rough: true }]);
    expect(fake.painted).toEqual([{ active: true, count: 0 }]);
    expect(fake.sent).toEqual([]);
    const reply = (await fake.ask('diagnostics')) as { ok: true; value: PageDiagnostics };
    expect(reply.value.gate).toMatchObject({ possible: false, read: 'rough', chars: 30, asked: 1 });
  });

  it('where the rough text passes, the second stage is injected once, and the answer about the blocks comes with it and their mentions', async () => {
    const { stage, fake } = start('<p>Troops of the CSTO arrived.</p>');
    await vi.waitFor(() => expect(stage.state).toBe('loaded'));
    expect(stageCounts).toEqual({ injected: 1, requested: 0 });
    expect(fake.gateRequests.map((r) => [r.text, r.rough === true, r.early === true, r.blocks?.lengths])).toEqual([
      ['Troops of the CSTO arrived.', true, false, undefined],
      ['Troops of the CSTO arrived.', false, true, [27]],
    ]);
    expect(await handed()).toEqual([['Troops of the CSTO arrived.', 1]]);
    const reply = (await fake.ask('diagnostics')) as { ok: true; value: { gate: PageDiagnostics['gate'] } };
    expect(reply.value.gate).toMatchObject({ possible: true, read: 'rough, then blocks', asked: 1 });
  });

  it('hands the second stage injected for the rough text blocks without a mention when they hold none', async () => {
    // Script text inside the article passes the rough read; the blocks, which leave it out, do not.
    const { stage, fake } = start('<div><p>The weather in Paris was fine.</p><script>var related = "Kazakhstan";</script></div>');
    await vi.waitFor(() => expect(stage.state).toBe('loaded'));
    expect(stageCounts).toEqual({ injected: 1, requested: 0 });
    expect(fake.gateRequests).toEqual([
      { text: 'The weather in Paris was fine.var related = "Kazakhstan";', host: location.hostname, last: true, rough: true },
      { text: 'The weather in Paris was fine.', host: location.hostname, last: true, blocks: { lengths: [30], langs: [''] }, early: true },
    ]);
    expect(await handed()).toEqual([['The weather in Paris was fine.', 0]]);
    // Painted once, by the blocks' answer.
    expect(fake.painted).toEqual([{ active: true, count: 0 }]);
  });

  it('hands nothing to a second stage injected for the rough text that the answer about the blocks did not bring (the background forgot it): it reads the page itself', async () => {
    const { stage, fake } = start('<div><p>The weather in Paris was fine.</p><script>var related = "Kazakhstan";</script></div>');
    fake.background.keepsEarly = false;
    await vi.waitFor(() => expect(stage.state).toBe('loaded'));
    // Not injected twice: the stage was there.
    expect(stageCounts).toEqual({ injected: 1, requested: 0 });
    expect(fake.gateRequests.map((r) => r.early === true)).toEqual([false, true]);
    expect(await handed()).toBeNull();
  });

  it('hands the second stage injected for the rough text the settings that say off when the site is switched off before the blocks are answered', async () => {
    const off = { ...DEFAULT_SETTINGS, disabledSites: [location.hostname] };
    const { stage, fake } = start('<p>Troops of the CSTO arrived.</p>');
    fake.background.afterRough = () => fake.set(SETTINGS_AREA_KEY, off);
    await vi.waitFor(() => expect(stage.state).toBe('loaded'));
    expect(fake.gateRequests.map((r) => r.early === true)).toEqual([false, true]);
    // The stage starts from them, and stays off.
    expect((await findHandoff()?.handover)?.start?.[SETTINGS_AREA_KEY]).toEqual(off);
    expect(await handed()).toEqual([['Troops of the CSTO arrived.', 0]]);
    expect(stageCounts).toEqual({ injected: 1, requested: 0 });
  });

  it('hands nothing to a second stage injected for the rough text when the site is switched off and the answer did not bring it', async () => {
    const { stage, fake } = start('<p>Troops of the CSTO arrived.</p>');
    fake.background.keepsEarly = false;
    fake.background.afterRough = () => fake.set(SETTINGS_AREA_KEY, { ...DEFAULT_SETTINGS, disabledSites: [location.hostname] });
    await stage.ready;
    expect(stage.state).toBe('off');
    // Settled, with nothing (not left waiting): the stage there reads the settings itself, and stays off too.
    expect(await findHandoff()?.handover).toBeNull();
    expect(stageCounts).toEqual({ injected: 1, requested: 0 });
  });

  it('asks for the second stage itself when the injection for the rough text failed', async () => {
    const { stage, fake } = start('<p>Troops of the CSTO arrived.</p>');
    fake.background.injects = false;
    await stage.ready;
    await vi.waitFor(() => expect(stage.state).toBe('loaded'));
    // The background said so with its answer about the blocks.
    expect(fake.gateRequests.map((r) => r.early === true)).toEqual([false, true]);
    expect(stageCounts).toEqual({ injected: 1, requested: 1 });
  });

  it('stays off where Backstory is off for the site, and reads roughly again when the settings change', async () => {
    const off = { ...DEFAULT_SETTINGS, disabledSites: [location.hostname] };
    const { stage, fake } = start('<p>Kazakhstan</p>', { [PAGE_GATE_STORAGE_KEY]: GATE, [SETTINGS_AREA_KEY]: off });
    await stage.ready;
    expect(stage.state).toBe('off');
    expect(fake.painted).toEqual([{ active: false, count: 0 }]);
    fake.set(SETTINGS_AREA_KEY, DEFAULT_SETTINGS);
    await vi.waitFor(() => expect(stage.state).toBe('loaded'));
    expect(fake.gateRequests.map((r) => r.rough === true)).toEqual([true, true, false]);
  });

  it('walks a page whose rough text is too long to send at once, without asking about it roughly', async () => {
    const { stage, fake } = start(`<p>The weather in Paris was fine.</p><pre>${'Nothing to see here. '.repeat(60_000)}</pre>`);
    await stage.ready;
    expect(stage.state).toBe('gated');
    expect(fake.gateRequests.some((r) => r.rough === true)).toBe(false);
    expect(fake.gateRequests.at(-1)?.last).toBe(true);
  });
});
