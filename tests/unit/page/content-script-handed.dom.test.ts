/**
 * The second stage's content script with a page the first stage handed over
 * (lib/page/stage/handoff.ts `HandedScan`): painted with the mentions the background sent, with
 * nothing read from storage or asked; the page's changes since read again; not painted when
 * matched for another matcher or other entities; the first stage let go in every case. The world
 * is content-script-world.ts.
 */
import { describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BlockAnswerer } from '@/lib/entities/block-answer';
import { compiledCatalogue } from '@/lib/entities/index';
import { MATCHER_SUMMARY_STORAGE_KEY } from '@/lib/entities/storage-keys';
import type { PageDiagnostics } from '@/lib/page/diagnostics';
import { collectBlocks } from '@/lib/page/read/blocks';
import type { HandedScan, StageHandover } from '@/lib/page/stage/handoff';
import type { Result } from '@/lib/messages/protocol';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { SETTINGS_AREA_KEY } from '@/lib/settings/storage-key';
import { TEXT_BUILD_KEY } from '@/lib/text/build-key';
import { ask, contentScriptWorld, host } from './content-script-world';

describe('the content script with a page the first stage handed over', () => {
  const w = contentScriptWorld();
  const ENTITIES = ['kazakhstan', 'csto', 's300'];

  /**
   * The page as the first stage hands it over (lib/page/stage/first-stage.ts): its blocks as read
   * now, their mentions as the background matches them, and its changes followed from now on.
   */
  function handOver(key: string = TEXT_BUILD_KEY, entities: string[] = ENTITIES) {
    const blocks = collectBlocks(document.body);
    const mentions = new BlockAnswerer().answer({ key, compiled: compiledCatalogue() }, { key, entities, blocks: blocks.map((b) => ({ text: b.text })) }) ?? [];
    const seen: MutationRecord[] = [];
    const observer = new MutationObserver((records) => seen.push(...records));
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    const taken = { count: 0 };
    const scan: HandedScan = {
      key,
      entities,
      blocks,
      mentions,
      shadowRoots: [],
      takeRecords: () => {
        taken.count++;
        const all = [...seen, ...observer.takeRecords()];
        observer.disconnect();
        return all;
      },
    };
    return { scan, taken };
  }

  const startHanded = async (scan: HandedScan, settings: unknown = DEFAULT_SETTINGS) => {
    const stored = await fakeBrowser.storage.local.get(MATCHER_SUMMARY_STORAGE_KEY);
    const handover: StageHandover = { start: { ...stored, [SETTINGS_AREA_KEY]: settings }, scan };
    // Every read of the page's from here on.
    reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    return w.start({ handover: Promise.resolve(handover) });
  };
  let reads: MockInstance;

  it('paints it with the mentions the background w.sent, reading nothing from storage and asking nothing', async () => {
    await w.storeMatcher();
    const { scan } = handOver();
    const page = await startHanded(scan);
    await page.ready;
    await page.session?.scanned;
    expect(w.painted('kazakhstan')).toBe(1);
    expect(w.painted('csto')).toBe(2);
    expect(w.sent.map((m) => m.type)).not.toContain('matchBlocks');
    expect(reads).not.toHaveBeenCalled();
    const diagnostics = (await ask('diagnostics', null)) as Result<PageDiagnostics>;
    expect(diagnostics.ok && diagnostics.value.handedBlocks).toBe(2);
    // What the page adds later is read and asked about as ever.
    const added = document.createElement('p');
    added.textContent = 'The S-300 was moved.';
    document.body.append(added);
    await vi.waitFor(() => expect(w.painted('s300')).toBe(1));
    expect(w.sent.filter((m) => m.type === 'matchBlocks')).toHaveLength(1);
  });

  it('reads again what the page changed between the first stage reading it and the session following it', async () => {
    await w.storeMatcher();
    const { scan, taken } = handOver();
    // While the second stage was on its way: a mention went, and a paragraph came.
    (document.body.firstElementChild!.firstChild as Text).data = 'Armenia joined the CSTO in 1992.';
    const added = document.createElement('p');
    added.textContent = 'The S-300 was moved.';
    document.body.append(added);
    const page = await startHanded(scan);
    await page.ready;
    await vi.waitFor(() => expect(w.painted('s300')).toBe(1));
    await vi.waitFor(() => expect(w.painted('kazakhstan')).toBe(0));
    expect(w.painted('csto')).toBe(2);
    expect(taken.count).toBe(1);
  });

  it('is not painted when it was matched for another matcher or other entities, and the first stage is let go', async () => {
    await w.storeMatcher();
    const stale = handOver(`${TEXT_BUILD_KEY}+old-watchlist`);
    const page = await startHanded(stale.scan);
    await page.ready;
    await page.session?.scanned;
    expect(stale.taken.count).toBe(1);
    expect(w.sent.filter((m) => m.type === 'matchBlocks')).toHaveLength(1);
    expect(w.painted('csto')).toBe(2);
    w.renew();
    // The CSTO switched off: the handed mentions of it must not be painted.
    const other = handOver();
    const second = await startHanded(other.scan, { ...DEFAULT_SETTINGS, entities: { csto: false } });
    await second.ready;
    await second.session?.scanned;
    expect(other.taken.count).toBe(1);
    expect(w.painted('csto')).toBe(0);
    expect(w.painted('kazakhstan')).toBe(1);
    expect(w.sent.filter((m) => m.type === 'matchBlocks')).toHaveLength(1);
  });

  it('lets the first stage go when the page is off', async () => {
    await w.storeMatcher();
    const { scan, taken } = handOver();
    const page = await startHanded(scan, { ...DEFAULT_SETTINGS, disabledSites: [host()] });
    await page.ready;
    expect(page.state).toBe('off');
    expect(taken.count).toBe(1);
    expect(w.registry.size).toBe(0);
  });
});
