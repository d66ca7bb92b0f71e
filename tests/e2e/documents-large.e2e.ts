/**
 * Large imports: hundreds of files run in the Worker with a progress bar; Cancel
 * keeps what finished and lists the rest; a page closed midway keeps what finished and the next
 * visit says which documents were not imported.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { forEachBrowser, type BrowserPage } from '../harness/session';
import { LIST_PAGE_SIZE, PREVIEW_PAGE_SIZE } from '@/lib/ui/library/documents/page-sizes';

const FILES = 500;
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** `FILES` small text files, each its own text, in a fresh folder. */
function bulkFiles(tag: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), `backstory-bulk-${tag}-`));
  dirs.push(dir);
  return Array.from({ length: FILES }, (_, i) => {
    const path = join(dir, `bulk-${tag}-${String(i).padStart(3, '0')}.txt`);
    writeFileSync(path, `Bulk ${tag} report ${i}: grain prices in Kazakhstan moved again this week, traders in Kostanay said.\n`);
    return path;
  });
}

async function startBulkImport(library: BrowserPage, tag: string): Promise<void> {
  await library.waitFor(() => !!document.getElementById('import-files'));
  await library.chooseFiles('#import-files', bulkFiles(tag));
  // The preview shows them a page at a time, and pages through with its buttons.
  const preview = () => library.evaluate(() => ({
    range: document.getElementById('preview-range')?.textContent ?? '',
    shown: document.querySelectorAll('fieldset.draft').length,
    first: document.querySelector('fieldset.draft')?.getAttribute('data-file') ?? '',
  }));
  await library.waitFor((n) => document.getElementById('preview-range')?.textContent?.endsWith(` of ${n}`) || null, FILES, 60_000);
  expect(await preview()).toEqual({ range: `Documents 1–${PREVIEW_PAGE_SIZE} of ${FILES}`, shown: PREVIEW_PAGE_SIZE, first: `bulk-${tag}-000.txt` });
  await library.click('#preview-next');
  await library.waitFor(() => document.getElementById('preview-range')?.textContent?.startsWith('Documents 51') || null);
  expect(await preview()).toEqual({ range: `Documents 51–100 of ${FILES}`, shown: PREVIEW_PAGE_SIZE, first: `bulk-${tag}-050.txt` });
  await library.click('#preview-previous');
  await library.waitFor(() => document.getElementById('preview-range')?.textContent?.startsWith('Documents 1–') || null);
  await library.click('#import-start');
  // Under way: the bar moves and says how far it is.
  const text = await library.waitFor(() => {
    const bar = document.getElementById('import-progress') as HTMLProgressElement | null;
    return bar && bar.value >= 3 ? document.querySelector('.progress-text')?.textContent ?? null : null;
  }, undefined, 60_000);
  expect(text).toMatch(new RegExp(`^\\d+ of ${FILES} documents · \\d+ passages`));
}

/** Clicks "Show … more" under the list until the whole list is shown (a hundred rows at a time, drawn a few a frame). */
async function showWholeList(library: BrowserPage): Promise<void> {
  const drawn = () => library.waitFor(() => !document.querySelector('.documents[aria-busy="true"]') || null);
  await drawn();
  while (await library.evaluate(() => !!document.getElementById('list-more'))) {
    const before = await library.evaluate(() => document.querySelectorAll('.documents li').length);
    await library.click('#list-more');
    await library.waitFor((n) => document.querySelectorAll('.documents li').length > n || null, before);
    await drawn();
  }
}

/** How many of the stored documents of one bulk import the list shows, once it shows them all. */
async function storedTitles(library: BrowserPage, tag: string): Promise<number> {
  await showWholeList(library);
  return library.evaluate((t) => [...document.querySelectorAll('.documents .doc-title')].filter((e) => e.textContent?.startsWith(`bulk ${t}`)).length, tag);
}

forEachBrowser((ctx) => {
  it('cancels a large import midway: what finished stays, the rest is listed as cancelled', async () => {
    const library = await ctx().session.openExtensionPage('options.html');
    await startBulkImport(library, 'a');
    await library.click('#import-cancel');
    const result = (await library.waitFor(() => document.getElementById('import-result')?.textContent ?? null, undefined, 60_000)) ?? '';
    const stored = Number(/Imported (\d+) document/.exec(result)?.[1]);
    expect(result).toMatch(/^Import cancelled: what was imported stays\. Imported \d+ documents? \(\d+ passages?\)\.$/);
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(FILES);
    const cancelled = await library.evaluate(() => document.querySelectorAll('.problems li[data-code="cancelled"]').length);
    expect(stored + cancelled).toBe(FILES);
    await library.waitFor((shown) => document.querySelectorAll('.documents .doc-title').length >= shown, Math.min(stored, LIST_PAGE_SIZE));
    expect(await storedTitles(library, 'a')).toBe(stored);
    await library.click('#reset-bundled');
    await library.click('#reset-yes');
    await library.waitFor(() => !!document.getElementById('list-empty'));
    await library.close();
  });

  it('keeps what finished when the page is closed mid-import, and says on the next visit what was not imported', async () => {
    const library = await ctx().session.openExtensionPage('options.html');
    await startBulkImport(library, 'b');
    await library.close();

    const again = await ctx().session.openExtensionPage('options.html');
    const missing = await again.waitFor(() => document.querySelectorAll('.unfinished li').length || null, undefined, 30_000);
    expect(await again.evaluate(() => document.querySelector('.unfinished p')?.textContent)).toMatch(/did not finish \(the page was closed\)/);
    await again.waitFor(() => document.querySelectorAll('.documents .doc-title').length > 0);
    const stored = await storedTitles(again, 'b');
    expect(stored).toBeGreaterThan(0);
    expect(stored + (missing ?? 0)).toBe(FILES);
    await again.click('#dismiss-unfinished');
    await again.waitFor(() => !document.querySelector('.unfinished'));
    await again.close();
    const third = await ctx().session.openExtensionPage('options.html');
    await third.waitFor(() => document.querySelectorAll('.documents .doc-title').length > 0);
    expect(await third.evaluate(() => document.querySelector('.unfinished'))).toBeNull();
    await third.close();
  });
});
