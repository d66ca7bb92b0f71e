/**
 * The content script's lifecycle object in happy-dom, with WXT's fake browser (storage, messages)
 * and a `ContentScriptContext` standing for its lifetime: the real settings store, the real
 * packed matcher read from storage, the real scan, and a fake highlight registry (happy-dom has
 * no CSS Custom Highlight API).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { compileCatalogue } from '@/lib/entities/compile/compile';
import { getCatalogue } from '@/lib/entities/index';
import { packMatcher } from '@/lib/entities/pack';
import { watchlistMatcherKey } from '@/lib/entities/pack';
import { PACKED_MATCHER_STORAGE_KEY } from '@/lib/entities/storage-keys';
import type { PageMentionsReport } from '@/lib/page/read/report';
import type { ContentScript } from '@/lib/page/content-script';
import type { PageDiagnostics } from '@/lib/page/diagnostics';
import { runContentScript } from '@/lib/page/main';
import { highlightName, type HighlightApi } from '@/lib/page/paint/highlighter';
import type { Result } from '@/lib/messages/protocol';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { updateSettings } from '@/lib/settings/store';
import type * as unpack from '@/lib/entities/unpack';

// The real unpacking, counted: a tab where Backstory is off must not unpack a new matcher.
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
    // The background: the page count is noted, the matcher comes when released, the rest fails.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      const { type, data } = message as { type: string; data: unknown };
      sent.push({ type, data });
      if (type === 'packedMatcher') {
        await matcherReleased;
        return { ok: true, value: packed };
      }
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
    await fakeBrowser.storage.local.set({ [PACKED_MATCHER_STORAGE_KEY]: packed });
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
    await fakeBrowser.storage.local.set({ [PACKED_MATCHER_STORAGE_KEY]: packed });
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
    await fakeBrowser.storage.local.set({ [PACKED_MATCHER_STORAGE_KEY]: packed });
    const page = start();
    await page.ready;
    const first = page.session;
    await first?.scanned;
    expect(painted('csto')).toBe(2);

    const catalogue = getCatalogue();
    const withoutCsto = compileCatalogue({ ...catalogue, entities: catalogue.entities.filter((e) => e.id !== 'csto') });
    await fakeBrowser.storage.local.set({ [PACKED_MATCHER_STORAGE_KEY]: packMatcher(watchlistMatcherKey('no-csto'), withoutCsto) });
    await vi.waitFor(() => expect(page.session).not.toBe(first));
    await page.session?.scanned;
    expect(painted('csto')).toBe(0);
    expect(painted('kazakhstan')).toBe(1);
  });

  it('does not unpack a new matcher where it is off, and scans with it once switched on', async () => {
    await fakeBrowser.storage.local.set({ [PACKED_MATCHER_STORAGE_KEY]: packed });
    await updateSettings((s) => ({ ...s, disabledSites: [host()] }));
    const page = start();
    await page.ready;
    expect(page.state).toBe('off');

    const catalogue = getCatalogue();
    const withoutCsto = compileCatalogue({ ...catalogue, entities: catalogue.entities.filter((e) => e.id !== 'csto') });
    const before = unpacked.count;
    await fakeBrowser.storage.local.set({ [PACKED_MATCHER_STORAGE_KEY]: packMatcher(watchlistMatcherKey('no-csto'), withoutCsto) });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unpacked.count).toBe(before);
    expect(page.state).toBe('off');

    await updateSettings((s) => ({ ...s, disabledSites: [] }));
    await vi.waitFor(() => expect(page.state).toBe('active'));
    await page.session?.scanned;
    // The new matcher, read from storage now: no CSTO any more.
    expect(painted('csto')).toBe(0);
    expect(painted('kazakhstan')).toBe(1);
  });

  it('answers the popup and the background, and no other extension', async () => {
    await fakeBrowser.storage.local.set({ [PACKED_MATCHER_STORAGE_KEY]: packed });
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
    expect(diagnostics.value.matcher?.source).toBe('storage');

    expect(await ask('pageMentions', null, 'another-extension')).toBeUndefined();
  });

  it('reports a page where it is off as inactive, without waiting for a matcher', async () => {
    await updateSettings((s) => ({ ...s, enabled: false }));
    start();
    const report = (await ask('pageMentions', null)) as Result<PageMentionsReport>;
    expect(report).toMatchObject({ ok: true, value: { active: false, entities: [] } });
  });

  it('releases everything when its context is invalidated', async () => {
    await fakeBrowser.storage.local.set({ [PACKED_MATCHER_STORAGE_KEY]: packed });
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
});
