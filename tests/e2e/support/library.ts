/** Helpers for driving the library's Documents tab and the popup's search as a person does. */
import { join } from 'node:path';
import type { BrowserPage } from '../../harness/session';
import { FIXTURES } from '../../../lib/dev/paths';

export const importFixture = (name: string) => join(FIXTURES, 'import', name);

/** The Documents tab's state as a reader sees it. */
export function documentsState(page: BrowserPage) {
  return page.evaluate(() => ({
    drafts: [...document.querySelectorAll('fieldset.draft')].map((f) => f.getAttribute('data-file') ?? ''),
    problems: [...document.querySelectorAll('.problems li')].map((li) => li.textContent ?? ''),
    result: document.getElementById('import-result')?.textContent ?? null,
    status: document.getElementById('documents-status')?.textContent ?? null,
    titles: [...document.querySelectorAll('.documents .doc-title')].map((e) => e.textContent ?? ''),
  }));
}

/** Picks files with the file picker and waits until they are read (a preview or a problem shows). */
export async function chooseImportFiles(page: BrowserPage, names: string[]): Promise<void> {
  await page.waitFor(() => !!document.getElementById('import-files'));
  await page.chooseFiles('#import-files', names.map(importFixture));
  await page.waitFor(() => !document.querySelector('.documents-tab [role="status"]')?.textContent?.startsWith('Reading files'));
  await page.waitFor(() => document.querySelectorAll('fieldset.draft, .problems li').length > 0);
}

/** Clicks Import and waits for the result line; if none comes, says what the page shows instead. */
export async function importAndWait(page: BrowserPage): Promise<string> {
  await page.click('#import-start');
  try {
    return (await page.waitFor(() => document.getElementById('import-result')?.textContent ?? null, undefined, 60_000)) ?? '';
  } catch (error) {
    const shown = await page
      .evaluate(() => ({
        url: location.href,
        progress: document.querySelector('.progress-text')?.textContent ?? null,
        status: document.getElementById('documents-status')?.textContent ?? null,
        alerts: [...document.querySelectorAll('[role="alert"]')].map((e) => e.textContent),
      }))
      .catch((e: unknown) => String(e));
    throw new Error(`no import result: the page shows ${JSON.stringify(shown)}; its errors: ${JSON.stringify(page.errors)}`, { cause: error });
  }
}

/** Types a query into the popup's search box and returns the titles of the results once settled. */
export async function popupSearchTitles(popup: BrowserPage, query: string): Promise<string[]> {
  await popup.evaluate(() => {
    const input = document.getElementById('q') as HTMLInputElement;
    input.focus();
    input.select();
  });
  await popup.keyboard.type(query);
  await popup.waitFor(
    (q) => {
      const section = document.getElementById('results-heading')?.closest('section');
      return section?.getAttribute('aria-busy') === 'false' && (document.getElementById('q') as HTMLInputElement).value === q;
    },
    query,
  );
  return popup.evaluate(() => [...document.querySelectorAll('.result .passage .title')].map((e) => e.firstChild?.textContent ?? ''));
}
