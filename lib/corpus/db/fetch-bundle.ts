/**
 * Reads the corpus bundle the build put in the extension (`/corpus.json`). Background and
 * extension pages only; the loader verifies what this returns.
 */
import { browser } from 'wxt/browser';

export async function fetchBundledCorpus(fetchImpl: typeof fetch = fetch): Promise<unknown> {
  const url = browser.runtime.getURL('/corpus.json');
  const response = await fetchImpl(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}
