/**
 * Proof that Backstory leaves the page's DOM alone: a MutationObserver installed in the page's
 * main world before any script runs, keeping what happens once parsing is over (the parser's own
 * insertions are not ours), and a comparison of the live DOM with a fresh parse of the source.
 */
import type { BrowserPage } from '../../lib/dev/page';

export const RECORD_MUTATIONS = `
  window.__mutations = [];
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      window.__mutations.push({
        type: r.type,
        target: r.target.nodeName,
        attribute: r.attributeName,
        added: [...r.addedNodes].map((n) => n.nodeName),
        removed: [...r.removedNodes].map((n) => n.nodeName),
      });
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // The parser's insertions are not ours; browsers deliver them at different times (Firefox
  // after readyState changes), so drop whatever is recorded or queued when parsing ends.
  document.addEventListener('DOMContentLoaded', () => {
    observer.takeRecords();
    window.__mutations = [];
  }, { once: true, capture: true });
`;

export interface RecordedMutation {
  type: string;
  target: string;
  attribute: string | null;
  added: string[];
  removed: string[];
}

export function mutationsSinceLoad(page: BrowserPage): Promise<RecordedMutation[]> {
  return page.evaluate(() => (window as unknown as { __mutations: RecordedMutation[] }).__mutations);
}

/**
 * Whether the live DOM serialises exactly like a fresh parse of the page's source, once our
 * `<backstory-card>` host (if any) is taken out of the live copy.
 */
export function matchesSource(page: BrowserPage): Promise<{ same: boolean; hosts: number }> {
  return page.evaluate(async () => {
    const source = await (await fetch(location.href)).text();
    const fresh = new DOMParser().parseFromString(source, 'text/html').documentElement.outerHTML;
    const live = document.documentElement.cloneNode(true) as Element;
    const hosts = live.querySelectorAll('backstory-card');
    hosts.forEach((h) => h.remove());
    return { same: live.outerHTML === fresh, hosts: hosts.length };
  });
}
