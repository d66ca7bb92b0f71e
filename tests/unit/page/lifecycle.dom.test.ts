/** The content script's own lifetime: a newer copy stops the older one; an orphaned copy stops. */
import { describe, expect, it } from 'vitest';
import { pageLifecycle } from '@/lib/page/lifecycle';

describe('pageLifecycle', () => {
  it('aborts the older copy when a newer one starts in the same world', () => {
    const world = {};
    const first = pageLifecycle(world, () => 'id', document);
    const second = pageLifecycle(world, () => 'id', document);
    expect(first.aborted).toBe(true);
    expect(second.aborted).toBe(false);
    // Nothing is left on the page's window.
    expect(Object.getOwnPropertySymbols(window).map(String).join()).not.toContain('backstory');
  });

  it('aborts once the extension is gone, when the tab is shown again', () => {
    let id: string | undefined = 'id';
    const signal = pageLifecycle({}, () => id, document);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(signal.aborted).toBe(false);
    id = undefined;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(signal.aborted).toBe(true);
  });
});
