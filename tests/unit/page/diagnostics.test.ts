/** The benchmark's record of a page's work, as a listener on the page's events. */
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '@/lib/page/diagnostics';
import { PageEvents } from '@/lib/page/page-events';

describe('Diagnostics', () => {
  it('records scans, rescans, tasks and cards from the events it listens to', () => {
    const events = new PageEvents();
    const diagnostics = new Diagnostics(0);
    const listening = new AbortController();
    events.listen(diagnostics, listening.signal);

    events.emit('matcher', 'storage', 5, 2);
    const scan = events.run('scan');
    // A rescan running meanwhile keeps its own figures.
    const rescan = events.run('rescan');
    scan.block(3, 40, 2);
    scan.slice(6);
    rescan.block(1, 10, 0);
    rescan.slice(1);
    scan.block(1, 5, 0);
    scan.slice(4);
    scan.done(true);
    rescan.done(false);
    events.measure('page report', () => 'done');
    events.emit('card', { entity: 'csto', by: 'hover', openedAt: 1, paintedAt: 2 });
    events.emit('highlightsRestored', { restores: 4, backoffMs: 250 });

    const d = diagnostics.snapshot();
    expect(d.matcher).toEqual({ source: 'storage', ms: 5, unpackMs: 2 });
    expect(d.fullScans).toBe(1);
    expect(d.lastFullScan).toMatchObject({ blocks: 2, textNodes: 4, chars: 45, mentions: 2, slices: 2, workMs: 10, longestSliceMs: 6, complete: true });
    expect(d.rescans).toBe(1);
    expect(d.lastRescan).toMatchObject({ blocks: 1, mentions: 0, slices: 1, complete: false });
    expect(d.firstHighlightAt).not.toBeNull();
    expect(d.longestTask).toEqual({ ms: 6, what: 'scan slice' });
    expect(d.longTasks).toBe(0);
    events.emit('task', 'page report', 50);
    events.emit('task', 'page report', 49.9);
    expect(diagnostics.snapshot().longTasks).toBe(1);
    expect(d.cards).toEqual([{ entity: 'csto', by: 'hover', openedAt: 1, paintedAt: 2 }]);
    expect(d.highlightRestores).toEqual({ restores: 4, backoffMs: 250 });

    // Detached: nothing more is recorded.
    listening.abort();
    events.run('scan').done(true);
    expect(diagnostics.snapshot().fullScans).toBe(1);
  });
});
