/** The Backup tab and the places its results show, driven as a person does (backup.e2e.ts). */
import { writeFile } from 'node:fs/promises';
import type { BrowserPage, ExtensionSession } from '../harness/session';

export async function openBackupTab(session: ExtensionSession): Promise<BrowserPage> {
  const page = await session.openExtensionPage('options.html#backup');
  await page.waitFor(() => document.getElementById('backup-export'));
  return page;
}

/** The status region's text and role once `done` says the action finished. */
export async function statusAfter(page: BrowserPage, done: string): Promise<{ text: string; role: string }> {
  return announced(page, (prefix) => {
    const region = document.getElementById('backup-status');
    const text = region?.textContent ?? '';
    return region && text.startsWith(prefix) ? { text, role: region.getAttribute('role') ?? '' } : null;
  }, done);
}

type Announcement = { text: string; role: string };

/** Waits until `check` (run in the page) finds the announcement it looks for. */
async function announced<A>(page: BrowserPage, check: (arg: A) => Announcement | null, arg: A): Promise<Announcement> {
  const found = await page.waitFor(check, arg);
  if (!found) throw new Error('no announcement');
  return found;
}

/** Clicks Export everything, then reads the file the download link offers (name and bytes). */
export async function exportThroughUi(page: BrowserPage): Promise<{ name: string; text: string }> {
  const link = () => (document.getElementById('backup-download') as HTMLAnchorElement | null)?.href ?? '';
  const before = await page.evaluate(link);
  await page.click('#backup-export');
  // Every export makes a new blob: URL; wait for this one.
  await page.waitFor((previous) => {
    const href = (document.getElementById('backup-download') as HTMLAnchorElement | null)?.href ?? '';
    return href.startsWith('blob:') && href !== previous;
  }, before);
  return page.evaluate(async () => {
    const link = document.getElementById('backup-download') as HTMLAnchorElement;
    return { name: link.download, text: await (await fetch(link.href)).text() };
  });
}

export async function saveExport(path: string, file: { text: string }): Promise<string> {
  await writeFile(path, file.text);
  return path;
}

/** Picks `path`, the mode, clicks Import (and confirms a replace); returns the announced result. */
export async function importThroughUi(page: BrowserPage, path: string, mode: 'merge' | 'replace') {
  await page.chooseFiles('#backup-file', [path]);
  await page.click(`#backup-mode-${mode}`);
  await page.click('#backup-import');
  if (mode === 'replace') {
    await page.waitFor(() => document.getElementById('backup-confirm-replace'));
    await page.click('#backup-confirm-replace');
  }
  return announced(page, () => {
    const region = document.getElementById('backup-status');
    const text = region?.textContent ?? '';
    return region && text !== '' && !text.startsWith('Importing') ? { text, role: region.getAttribute('role') ?? '' } : null;
  }, undefined);
}

/** Which highlight style the Settings tab shows as chosen. */
export async function shownStyle(page: BrowserPage): Promise<string> {
  await page.click('#tab-settings');
  await page.waitFor(() => document.querySelectorAll('input[name="style"]').length === 2);
  const checked = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input[name="style"]')].findIndex((r) => r.checked),
  );
  await page.click('#tab-backup');
  await page.waitFor(() => document.getElementById('backup-export'));
  return ['fill', 'underline'][checked] ?? 'none';
}

/** Searches in the popup (opened in a tab) and returns the documents its results come from. */
export async function searchDocuments(session: ExtensionSession, query: string): Promise<string[]> {
  const popup = await session.openExtensionPage('popup.html');
  try {
    await popup.click('#q');
    await popup.keyboard.type(query);
    await popup.waitFor((q) => {
      const section = document.getElementById('results-heading')?.closest('section');
      return section?.getAttribute('aria-busy') === 'false' && (document.getElementById('q') as HTMLInputElement).value === q;
    }, query);
    const ids = await popup.evaluate(() =>
      [...document.querySelectorAll('.result .passage')].map((p) => p.getAttribute('data-document') ?? ''),
    );
    return [...new Set(ids)].sort();
  } finally {
    await popup.close();
  }
}
