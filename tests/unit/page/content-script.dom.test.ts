/**
 * The content script's lifecycle object in happy-dom (content-script-world.ts: WXT's fake browser,
 * a `ContentScriptContext` for its lifetime, the real settings store, the real matcher summary and
 * packed matcher in storage, a background that matches blocks with the real answerer, the real
 * scan, and a fake highlight registry): its states, the settings and watchlist it follows, who
 * matches its text, its answers and its end. A page the first stage handed over:
 * content-script-handed.dom.test.ts.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchlistMatcherKey } from '@/lib/entities/pack';
import type * as unpack from '@/lib/entities/unpack';
import type { PageDiagnostics } from '@/lib/page/diagnostics';
import type { PageMentionsReport } from '@/lib/page/read/report';
import type { Result } from '@/lib/messages/protocol';
import { MATCHER_SUMMARY_STORAGE_KEY } from '@/lib/entities/storage-keys';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { SETTINGS_AREA_KEY } from '@/lib/settings/storage-key';
import { updateSettings } from '@/lib/settings/store';
import { TEXT_BUILD_KEY } from '@/lib/text/build-key';
import { ask, contentScriptWorld, host, withoutCsto } from './content-script-world';

// The real unpacking, counted: a page whose text the background matches never unpacks the matcher.
const unpacked = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/lib/entities/unpack', async (importOriginal) => {
  const original = await importOriginal<typeof unpack>();
  return { ...original, unpackMatcher: (value: unknown) => (unpacked.count++, original.unpackMatcher(value)) };
});

describe('the content script', () => {
  const w = contentScriptWorld();
  beforeEach(() => {
    unpacked.count = 0;
  });

  it('goes from off to waiting for the matcher to active when the site is switched on', async () => {
    await updateSettings((s) => ({ ...s, disabledSites: [host()] }));
    const page = w.start();
    await page.ready;
    expect(page.state).toBe('off');
    // The count goes out once the page is idle (count-reporter.ts).
    await vi.waitFor(() => expect(w.sent).toContainEqual({ type: 'pageCount', data: { active: false, count: 0 } }));

    await updateSettings((s) => ({ ...s, disabledSites: [] }));
    // Storage holds no matcher yet (the first pages after an install): the background is asked.
    await vi.waitFor(() => expect(page.state).toBe('waiting'));
    expect(page.session).toBeNull();
    expect(w.registry.size).toBe(0);

    w.releaseMatcher();
    await vi.waitFor(() => expect(page.state).toBe('active'));
    await page.session?.scanned;
    expect(w.painted('kazakhstan')).toBe(1);
    expect(w.painted('csto')).toBe(2);
    await vi.waitFor(() => expect(w.sent).toContainEqual({ type: 'pageCount', data: { active: true, count: 3 } }));
  });

  it('tears the highlights down when the site is switched off', async () => {
    await w.storeMatcher();
    const page = w.start();
    await page.ready;
    await page.session?.scanned;
    expect(page.state).toBe('active');
    expect(w.painted('csto')).toBe(2);

    await updateSettings((s) => ({ ...s, disabledSites: [host()] }));
    await vi.waitFor(() => expect(page.state).toBe('off'));
    expect(w.registry.size).toBe(0);
    expect(page.session).toBeNull();
  });

  it('updates the running session for a new style, and replaces it for other entities', async () => {
    await w.storeMatcher();
    const page = w.start();
    await page.ready;
    const first = page.session;
    await first?.scanned;

    await updateSettings((s) => ({ ...s, style: 'underline' }));
    await vi.waitFor(() => expect(w.painted('csto', 'underline')).toBe(2));
    expect(w.painted('csto')).toBe(0);
    expect(page.session).toBe(first);

    await updateSettings((s) => ({ ...s, entities: { ...s.entities, csto: false } }));
    await vi.waitFor(() => expect(page.session).not.toBe(first));
    await page.session?.scanned;
    expect(w.painted('csto', 'underline')).toBe(0);
    expect(w.painted('kazakhstan', 'underline')).toBe(1);
  });

  it('scans again with the matcher the background stores when the watchlist changes', async () => {
    await w.storeMatcher();
    const page = w.start();
    await page.ready;
    const first = page.session;
    await first?.scanned;
    expect(w.painted('csto')).toBe(2);

    await w.storeMatcher(watchlistMatcherKey('no-csto'), withoutCsto());
    await vi.waitFor(() => expect(page.session).not.toBe(first));
    await page.session?.scanned;
    expect(w.painted('csto')).toBe(0);
    expect(w.painted('kazakhstan')).toBe(1);
  });

  it('reads the stored values again when told the watchlist changed before it listened', async () => {
    // The background read the values it sent with the stage, then the watchlist changed and the
    // new matcher was stored — all before this stage's storage listeners were in place.
    await w.storeMatcher(watchlistMatcherKey('no-csto'), withoutCsto());
    const before = await fakeBrowser.storage.local.get(MATCHER_SUMMARY_STORAGE_KEY);
    await w.storeMatcher();
    const page = w.start({ handover: Promise.resolve({ start: { ...before, [SETTINGS_AREA_KEY]: DEFAULT_SETTINGS }, scan: null }) });
    await page.ready;
    await page.session?.scanned;
    expect(w.painted('csto')).toBe(0);
    const first = page.session;

    await page.recheckStored();
    expect(page.session).not.toBe(first);
    await page.session?.scanned;
    expect(w.painted('csto')).toBe(2);
    // Told again with nothing new: the running session stays.
    const current = page.session;
    await page.recheckStored();
    expect(page.session).toBe(current);
  });

  it('has the background match its text and never unpacks the matcher itself', async () => {
    await w.storeMatcher();
    const page = w.start();
    await page.ready;
    await page.session?.scanned;
    expect(w.painted('kazakhstan')).toBe(1);
    expect(w.painted('csto')).toBe(2);
    expect(w.sent.filter((m) => m.type === 'matchBlocks')).toEqual([
      { type: 'matchBlocks', data: { key: TEXT_BUILD_KEY, entities: ['kazakhstan', 'csto', 's300'], blocks: [{ text: 'Kazakhstan joined the CSTO in 1992.' }, { text: 'The CSTO met in Astana.' }] } },
    ]);

    // New text is matched by the background too.
    const added = document.createElement('p');
    added.textContent = 'The S-300 was moved.';
    document.body.append(added);
    await vi.waitFor(() => expect(w.painted('s300')).toBe(1));
    expect(w.sent.filter((m) => m.type === 'matchBlocks')).toHaveLength(2);
    expect(unpacked.count).toBe(0);
  });

  it('matches its text itself, with the stored matcher, when the background cannot', async () => {
    await w.storeMatcher();
    w.answering = null;
    const page = w.start();
    await page.ready;
    await vi.waitFor(() => expect(w.painted('csto')).toBe(2));
    expect(w.painted('kazakhstan')).toBe(1);
    expect(unpacked.count).toBe(1);
    // Read from storage, not asked of the background.
    expect(w.sent.map((m) => m.type)).not.toContain('packedMatcher');
  });

  it('scans with the matcher stored while it was off once switched on', async () => {
    await w.storeMatcher();
    await updateSettings((s) => ({ ...s, disabledSites: [host()] }));
    const page = w.start();
    await page.ready;
    expect(page.state).toBe('off');

    await w.storeMatcher(watchlistMatcherKey('no-csto'), withoutCsto());
    expect(page.state).toBe('off');

    await updateSettings((s) => ({ ...s, disabledSites: [] }));
    await vi.waitFor(() => expect(page.state).toBe('active'));
    await page.session?.scanned;
    // The new matcher's: no CSTO any more.
    expect(w.painted('csto')).toBe(0);
    expect(w.painted('kazakhstan')).toBe(1);
  });

  it('answers the popup and the background, and no other extension', async () => {
    await w.storeMatcher();
    w.start();
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
    w.start();
    const report = (await ask('pageMentions', null)) as Result<PageMentionsReport>;
    expect(report).toMatchObject({ ok: true, value: { active: false, entities: [] } });
  });

  it('releases everything when its context is invalidated', async () => {
    await w.storeMatcher();
    const page = w.start();
    await page.ready;
    await page.session?.scanned;
    expect(w.registry.size).toBeGreaterThan(0);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);

    w.ctx.notifyInvalidated();
    expect(page.state).toBe('off');
    expect(w.registry.size).toBe(0);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
    // Settings applied afterwards start nothing.
    page.applySettings({ ...DEFAULT_SETTINGS, style: 'underline' });
    expect(page.state).toBe('off');
    expect(w.registry.size).toBe(0);
  });
});
