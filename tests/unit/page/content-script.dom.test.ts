/**
 * The content script's lifecycle object in happy-dom, with WXT's fake browser (storage, messages)
 * and a `ContentScriptContext` standing for its lifetime: the real settings store, the real
 * matcher summary and packed matcher in storage, a background that matches blocks with the real
 * answerer, the real scan, and a fake highlight registry (happy-dom has no CSS Custom Highlight API).
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BlockAnswerer, type AnsweringCatalogue, type MatchBlocksRequest } from '@/lib/entities/block-answer';
import { compileCatalogue, type CompiledCatalogue } from '@/lib/entities/compile/compile';
import { compiledCatalogue, getCatalogue } from '@/lib/entities/index';
import { summaryOf } from '@/lib/entities/matcher-summary';
import { packedJson, packMatcher, watchlistMatcherKey } from '@/lib/entities/pack';
import { MATCHER_SUMMARY_STORAGE_KEY, PACKED_MATCHER_STORAGE_KEY } from '@/lib/entities/storage-keys';
import { TEXT_BUILD_KEY } from '@/lib/text/build-key';
import type { PageMentionsReport } from '@/lib/page/read/report';
import type { ContentScript } from '@/lib/page/content-script';
import { collectBlocks } from '@/lib/page/read/blocks';
import type { HandedScan, StageHandover } from '@/lib/page/stage/handoff';
import type { PageDiagnostics } from '@/lib/page/diagnostics';
import { runContentScript } from '@/lib/page/main';
import { highlightName, type HighlightApi } from '@/lib/page/paint/highlighter';
import type { Result } from '@/lib/messages/protocol';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { updateSettings } from '@/lib/settings/store';
import { SETTINGS_AREA_KEY } from '@/lib/settings/storage-key';
import type * as unpack from '@/lib/entities/unpack';

// The real unpacking, counted: a page whose text the background matches never unpacks the matcher.
const unpacked = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/lib/entities/unpack', async (importOriginal) => {
  const original = await importOriginal<typeof unpack>();
  return { ...original, unpackMatcher: (value: unknown) => (unpacked.count++, original.unpackMatcher(value)) };
});

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

/** happy-dom has no StaticRange: an object with its four fields stands in. */
class FakeStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
}

const packed = packMatcher();
const host = () => location.hostname;

/** The catalogue without the CSTO, as a watchlist that leaves it out would compile it. */
function withoutCsto(): CompiledCatalogue {
  const catalogue = getCatalogue();
  return compileCatalogue({ ...catalogue, entities: catalogue.entities.filter((e) => e.id !== 'csto') });
}

/** A message as another part of the extension sends it; the content script's answer. */
async function ask(type: string, data: unknown, senderId = fakeBrowser.runtime.id): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger({ backstory: 1, type, data }, { id: senderId }, () => {});
  return replies.find((reply) => reply !== undefined);
}

describe('the content script', () => {
  let registry: Map<string, FakeHighlight>;
  let ctx: ContentScriptContext;
  let sent: { type: string; data: unknown }[];
  /** Replies to `packedMatcher` wait for this (the background is slow to answer). */
  let releaseMatcher: () => void;
  let matcherReleased: Promise<void>;
  /** The catalogue the background matches with; null: it cannot answer `matchBlocks`. */
  let answering: AnsweringCatalogue | null;

  /** What the background stores for a catalogue: the packed matcher and its summary; it then matches with it. */
  const storeMatcher = async (key: string = TEXT_BUILD_KEY, compiled: CompiledCatalogue = compiledCatalogue()) => {
    const pack = packMatcher(key, compiled);
    answering = { key, compiled };
    await fakeBrowser.storage.local.set({ [PACKED_MATCHER_STORAGE_KEY]: packedJson(pack), [MATCHER_SUMMARY_STORAGE_KEY]: summaryOf(key, compiled, pack.names) });
  };

  const start = (): ContentScript => {
    const api = { registry, create: () => new FakeHighlight() } as unknown as HighlightApi;
    return runContentScript(document, ctx.signal, { highlightApi: api });
  };
  const painted = (entity: string, style: 'fill' | 'underline' = 'fill') => registry.get(highlightName(entity, style))?.size ?? 0;

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.stubGlobal('StaticRange', FakeStaticRange);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.body.innerHTML = '<p>Kazakhstan joined the CSTO in 1992.</p><p>The CSTO met in Astana.</p>';
    registry = new Map();
    ctx = new ContentScriptContext('content');
    sent = [];
    matcherReleased = new Promise((resolve) => (releaseMatcher = resolve));
    answering = null;
    unpacked.count = 0;
    const answerer = new BlockAnswerer();
    // The background: the page count is noted, blocks are matched, the matcher comes when released, the rest fails.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const { type, data } = message as { type: string; data: unknown };
      sent.push({ type, data });
      if (type === 'packedMatcher') {
        await matcherReleased;
        answering = { key: packed.key, compiled: compiledCatalogue() };
        return { ok: true, value: packed };
      }
      if (type === 'matchBlocks' && answering) return { ok: true, value: { mentions: answerer.answer(answering, data as MatchBlocksRequest) } };
      return { ok: type === 'pageCount', value: null, error: 'not in this test' };
    });
  });

  afterEach(() => {
    ctx.abort();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('goes from off to waiting for the matcher to active when the site is switched on', async () => {
    await updateSettings((s) => ({ ...s, disabledSites: [host()] }));
    const page = start();
    await page.ready;
    expect(page.state).toBe('off');
    // The count goes out once the page is idle (count-reporter.ts).
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'pageCount', data: { active: false, count: 0 } }));

    await updateSettings((s) => ({ ...s, disabledSites: [] }));
    // Storage holds no matcher yet (the first pages after an install): the background is asked.
    await vi.waitFor(() => expect(page.state).toBe('waiting'));
    expect(page.session).toBeNull();
    expect(registry.size).toBe(0);

    releaseMatcher();
    await vi.waitFor(() => expect(page.state).toBe('active'));
    await page.session?.scanned;
    expect(painted('kazakhstan')).toBe(1);
    expect(painted('csto')).toBe(2);
    await vi.waitFor(() => expect(sent).toContainEqual({ type: 'pageCount', data: { active: true, count: 3 } }));
  });

  it('tears the highlights down when the site is switched off', async () => {
    await storeMatcher();
    const page = start();
    await page.ready;
    await page.session?.scanned;
    expect(page.state).toBe('active');
    expect(painted('csto')).toBe(2);

    await updateSettings((s) => ({ ...s, disabledSites: [host()] }));
    await vi.waitFor(() => expect(page.state).toBe('off'));
    expect(registry.size).toBe(0);
    expect(page.session).toBeNull();
  });

  it('updates the running session for a new style, and replaces it for other entities', async () => {
    await storeMatcher();
    const page = start();
    await page.ready;
    const first = page.session;
    await first?.scanned;

    await updateSettings((s) => ({ ...s, style: 'underline' }));
    await vi.waitFor(() => expect(painted('csto', 'underline')).toBe(2));
    expect(painted('csto')).toBe(0);
    expect(page.session).toBe(first);

    await updateSettings((s) => ({ ...s, entities: { ...s.entities, csto: false } }));
    await vi.waitFor(() => expect(page.session).not.toBe(first));
    await page.session?.scanned;
    expect(painted('csto', 'underline')).toBe(0);
    expect(painted('kazakhstan', 'underline')).toBe(1);
  });

  it('scans again with the matcher the background stores when the watchlist changes', async () => {
    await storeMatcher();
    const page = start();
    await page.ready;
    const first = page.session;
    await first?.scanned;
    expect(painted('csto')).toBe(2);

    await storeMatcher(watchlistMatcherKey('no-csto'), withoutCsto());
    await vi.waitFor(() => expect(page.session).not.toBe(first));
    await page.session?.scanned;
    expect(painted('csto')).toBe(0);
    expect(painted('kazakhstan')).toBe(1);
  });

  it('has the background match its text and never unpacks the matcher itself', async () => {
    await storeMatcher();
    const page = start();
    await page.ready;
    await page.session?.scanned;
    expect(painted('kazakhstan')).toBe(1);
    expect(painted('csto')).toBe(2);
    expect(sent.filter((m) => m.type === 'matchBlocks')).toEqual([
      { type: 'matchBlocks', data: { key: TEXT_BUILD_KEY, entities: ['kazakhstan', 'csto', 's300'], blocks: [{ text: 'Kazakhstan joined the CSTO in 1992.' }, { text: 'The CSTO met in Astana.' }] } },
    ]);

    // New text is matched by the background too.
    const added = document.createElement('p');
    added.textContent = 'The S-300 was moved.';
    document.body.append(added);
    await vi.waitFor(() => expect(painted('s300')).toBe(1));
    expect(sent.filter((m) => m.type === 'matchBlocks')).toHaveLength(2);
    expect(unpacked.count).toBe(0);
  });

  it('matches its text itself, with the stored matcher, when the background cannot', async () => {
    await storeMatcher();
    answering = null;
    const page = start();
    await page.ready;
    await vi.waitFor(() => expect(painted('csto')).toBe(2));
    expect(painted('kazakhstan')).toBe(1);
    expect(unpacked.count).toBe(1);
    // Read from storage, not asked of the background.
    expect(sent.map((m) => m.type)).not.toContain('packedMatcher');
  });

  it('scans with the matcher stored while it was off once switched on', async () => {
    await storeMatcher();
    await updateSettings((s) => ({ ...s, disabledSites: [host()] }));
    const page = start();
    await page.ready;
    expect(page.state).toBe('off');

    await storeMatcher(watchlistMatcherKey('no-csto'), withoutCsto());
    expect(page.state).toBe('off');

    await updateSettings((s) => ({ ...s, disabledSites: [] }));
    await vi.waitFor(() => expect(page.state).toBe('active'));
    await page.session?.scanned;
    // The new matcher's: no CSTO any more.
    expect(painted('csto')).toBe(0);
    expect(painted('kazakhstan')).toBe(1);
  });

  it('answers the popup and the background, and no other extension', async () => {
    await storeMatcher();
    start();
    // Asked at once: the answer waits for the first scan.
    const report = (await ask('pageMentions', null)) as Result<PageMentionsReport>;
    if (!report.ok) throw new Error(report.error);
    expect(report.value.active).toBe(true);
    expect(report.value.entities.map((e) => [e.entity, e.count])).toEqual([['csto', 2], ['kazakhstan', 1]]);

    expect(await ask('revealMention', { entity: 'csto', index: 1 })).toEqual({ ok: true, value: { found: true } });
    expect(await ask('revealMention', { entity: 's300' })).toEqual({ ok: true, value: { found: false } });
    expect(await ask('stepMention', { direction: 1 })).toEqual({ ok: true, value: { found: true } });

    const diagnostics = (await ask('diagnostics', null)) as Result<PageDiagnostics>;
    if (!diagnostics.ok) throw new Error(diagnostics.error);
    expect(diagnostics.value.fullScans).toBe(1);
    expect(diagnostics.value.lastFullScan).toMatchObject({ complete: true, blocks: 2, mentions: 3 });
    // The background matched the page: no matcher was loaded here.
    expect(diagnostics.value.matcher).toBeNull();

    expect(await ask('pageMentions', null, 'another-extension')).toBeUndefined();
  });

  it('reports a page where it is off as inactive, without waiting for a matcher', async () => {
    await updateSettings((s) => ({ ...s, enabled: false }));
    start();
    const report = (await ask('pageMentions', null)) as Result<PageMentionsReport>;
    expect(report).toMatchObject({ ok: true, value: { active: false, entities: [] } });
  });

  it('releases everything when its context is invalidated', async () => {
    await storeMatcher();
    const page = start();
    await page.ready;
    await page.session?.scanned;
    expect(registry.size).toBeGreaterThan(0);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);

    ctx.notifyInvalidated();
    expect(page.state).toBe('off');
    expect(registry.size).toBe(0);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
    // Settings applied afterwards start nothing.
    page.applySettings({ ...DEFAULT_SETTINGS, style: 'underline' });
    expect(page.state).toBe('off');
    expect(registry.size).toBe(0);
  });
  describe('with a page the first stage handed over', () => {
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
      const api = { registry, create: () => new FakeHighlight() } as unknown as HighlightApi;
      // Every read of the page's from here on.
      reads = vi.spyOn(fakeBrowser.storage.local, 'get');
      return runContentScript(document, ctx.signal, { highlightApi: api, handover: Promise.resolve(handover) });
    };
    let reads: MockInstance;

    it('paints it with the mentions the background sent, reading nothing from storage and asking nothing', async () => {
      await storeMatcher();
      const { scan } = handOver();
      const page = await startHanded(scan);
      await page.ready;
      await page.session?.scanned;
      expect(painted('kazakhstan')).toBe(1);
      expect(painted('csto')).toBe(2);
      expect(sent.map((m) => m.type)).not.toContain('matchBlocks');
      expect(reads).not.toHaveBeenCalled();
      const diagnostics = (await ask('diagnostics', null)) as Result<PageDiagnostics>;
      expect(diagnostics.ok && diagnostics.value.handedBlocks).toBe(2);
      // What the page adds later is read and asked about as ever.
      const added = document.createElement('p');
      added.textContent = 'The S-300 was moved.';
      document.body.append(added);
      await vi.waitFor(() => expect(painted('s300')).toBe(1));
      expect(sent.filter((m) => m.type === 'matchBlocks')).toHaveLength(1);
    });

    it('reads again what the page changed between the first stage reading it and the session following it', async () => {
      await storeMatcher();
      const { scan, taken } = handOver();
      // While the second stage was on its way: a mention went, and a paragraph came.
      (document.body.firstElementChild!.firstChild as Text).data = 'Armenia joined the CSTO in 1992.';
      const added = document.createElement('p');
      added.textContent = 'The S-300 was moved.';
      document.body.append(added);
      const page = await startHanded(scan);
      await page.ready;
      await vi.waitFor(() => expect(painted('s300')).toBe(1));
      await vi.waitFor(() => expect(painted('kazakhstan')).toBe(0));
      expect(painted('csto')).toBe(2);
      expect(taken.count).toBe(1);
    });

    it('is not painted when it was matched for another matcher or other entities, and the first stage is let go', async () => {
      await storeMatcher();
      const stale = handOver(`${TEXT_BUILD_KEY}+old-watchlist`);
      const page = await startHanded(stale.scan);
      await page.ready;
      await page.session?.scanned;
      expect(stale.taken.count).toBe(1);
      expect(sent.filter((m) => m.type === 'matchBlocks')).toHaveLength(1);
      expect(painted('csto')).toBe(2);
      ctx.abort();
      ctx = new ContentScriptContext('content');
      registry.clear();
      sent.length = 0;
      // The CSTO switched off: the handed mentions of it must not be painted.
      const other = handOver();
      const second = await startHanded(other.scan, { ...DEFAULT_SETTINGS, entities: { csto: false } });
      await second.ready;
      await second.session?.scanned;
      expect(other.taken.count).toBe(1);
      expect(painted('csto')).toBe(0);
      expect(painted('kazakhstan')).toBe(1);
      expect(sent.filter((m) => m.type === 'matchBlocks')).toHaveLength(1);
    });

    it('lets the first stage go when the page is off', async () => {
      await storeMatcher();
      const { scan, taken } = handOver();
      const page = await startHanded(scan, { ...DEFAULT_SETTINGS, disabledSites: [host()] });
      await page.ready;
      expect(page.state).toBe('off');
      expect(taken.count).toBe(1);
      expect(registry.size).toBe(0);
    });
  });
});
