/**
 * Backup, through the Backup tab as a person uses it: a setting changed by clicking and a document
 * of one's own, exported to a file, imported into a FRESH browser profile (merge, then replace),
 * a damaged file refused with nothing changed, and everything one added deleted.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachBrowser, launchExtension, type BrowserPage, type ExtensionSession } from '../harness/session';
import { writeSeedBackup } from './backup-seed';
import { exportThroughUi, importThroughUi, openBackupTab, saveExport, searchDocuments, shownStyle, statusAfter } from './backup-ui';

const MINE = 'user_zhanaozen';
const OTHER = 'user_beineu';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'backstory-backup-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

forEachBrowser((ctx) => {
  let exported = { name: '', text: '' };
  let exportedPath = '';
  let fresh: ExtensionSession | undefined;
  let freshPage: BrowserPage | undefined;
  afterAll(async () => {
    await fresh?.close();
  });

  it('exports a clicked setting and a document of my own to one dated file', async () => {
    const seed = await writeSeedBackup(dir, MINE, ['Zhanaozen: my notes on the strike, Kazakhstan, December 2011.']);
    const page = await openBackupTab(ctx().session);
    expect(await searchDocuments(ctx().session, 'Zhanaozen')).toEqual([]);
    // My document, brought in through this tab (the Documents tab's import is another branch).
    expect((await importThroughUi(page, seed, 'merge')).text).toMatch(/^Backup imported from user_zhanaozen\.json\.Items added: 2\./);
    expect(await searchDocuments(ctx().session, 'Zhanaozen')).toEqual([MINE]);

    await page.click('#tab-settings');
    await page.waitFor(() => document.querySelectorAll('input[name="style"]').length === 2);
    await page.click('p.field label:nth-of-type(2) input[name="style"]');
    expect(await page.waitFor(() => document.querySelectorAll<HTMLInputElement>('input[name="style"]')[1]?.checked)).toBe(true);
    await page.click('#tab-backup');
    await page.waitFor(() => document.getElementById('backup-export'));

    exported = await exportThroughUi(page);
    expect(exported.name).toMatch(/^backstory-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect((await statusAfter(page, 'Your backup is ready')).text).toContain(exported.name);
    const file = JSON.parse(exported.text) as {
      format: string; version: number; storage: { settings?: { style?: string } };
      database: { data: { data: Array<{ tableName: string; rows: Array<{ id: string; origin: string }> }> } };
    };
    expect(file).toMatchObject({ format: 'backstory-backup', version: 1, storage: { settings: { style: 'underline' } } });
    expect(Object.keys(file.storage)).not.toContain('matcher');
    const rows = file.database.data.data.flatMap((t) => t.rows.map((r) => `${t.tableName}:${r.id}:${r.origin}`));
    expect(rows).toEqual([`documents:${MINE}:user`, `passages:${MINE}#1:user`]);
    exportedPath = await saveExport(join(dir, `${ctx().browserName}-${exported.name}`), exported);
    await page.close();
  });

  it('imports the file into a fresh profile, where the setting and the document are back, byte for byte', async () => {
    fresh = await launchExtension(ctx().browserName);
    freshPage = await openBackupTab(fresh);
    expect(await shownStyle(freshPage)).toBe('fill');
    expect(await searchDocuments(fresh, 'Zhanaozen')).toEqual([]);

    const result = await importThroughUi(freshPage, exportedPath, 'merge');
    expect(result).toMatchObject({ role: 'status', text: expect.stringMatching(/^Backup imported from .*Items added: 2\. Replaced by the backup’s copy: 0\./) });
    expect(await shownStyle(freshPage)).toBe('underline');
    expect(await searchDocuments(fresh, 'Zhanaozen')).toEqual([MINE]);
    expect((await exportThroughUi(freshPage)).text).toBe(exported.text);
  });

  it('merges what is here with the backup, and replace leaves only the backup', async () => {
    const page = freshPage!;
    const other = await writeSeedBackup(dir, OTHER, ['Beineu railway junction notes, Kazakhstan.']);
    await importThroughUi(page, other, 'merge');
    expect(await searchDocuments(fresh!, 'Beineu')).toEqual([OTHER]);
    // Merging my backup again keeps Beineu (not in the backup) and rewrites Zhanaozen with its copy.
    expect((await importThroughUi(page, exportedPath, 'merge')).text).toMatch(/Items added: 0\. Replaced by the backup’s copy: 2\./);
    expect(await searchDocuments(fresh!, 'Beineu')).toEqual([OTHER]);

    // Replace asks first; Cancel changes nothing. Back in the library's tab (the searches above
    // opened and closed the popup in tabs of their own), where the keys go.
    await page.bringToFront();
    await page.chooseFiles('#backup-file', [exportedPath]);
    await page.click('#backup-mode-replace');
    await page.click('#backup-import');
    await page.waitFor(() => document.activeElement?.id === 'backup-confirm-replace-cancel');
    await page.keyboard.press('Enter');
    expect((await statusAfter(page, 'Nothing was changed')).role).toBe('status');
    expect(await searchDocuments(fresh!, 'Beineu')).toEqual([OTHER]);

    expect((await importThroughUi(page, exportedPath, 'replace')).text).toMatch(/Removed before restoring: 4\./);
    expect(await searchDocuments(fresh!, 'Beineu')).toEqual([]);
    expect(await searchDocuments(fresh!, 'Zhanaozen')).toEqual([MINE]);
    expect((await exportThroughUi(page)).text).toBe(exported.text);
  });

  it('refuses a damaged file with its reason and changes nothing', async () => {
    const page = freshPage!;
    const damaged = await saveExport(join(dir, `${ctx().browserName}-damaged.json`), { text: exported.text.slice(0, 300) });
    const result = await importThroughUi(page, damaged, 'replace');
    expect(result).toMatchObject({ role: 'alert', text: expect.stringMatching(/^This file is damaged or is not JSON .* Nothing was changed\.$/) });
    const notBackup = await saveExport(join(dir, `${ctx().browserName}-other.json`), { text: '{"documents": []}' });
    expect((await importThroughUi(page, notBackup, 'merge')).text).toBe('This file is not a Backstory backup. Nothing was changed.');
    expect((await exportThroughUi(page)).text).toBe(exported.text);
    expect(await shownStyle(page)).toBe('underline');
  });

  it('deletes everything I added, keeping the settings unless asked', async () => {
    const page = freshPage!;
    await page.click('#backup-reset');
    await page.waitFor(() => document.getElementById('backup-confirm-reset'));
    await page.click('#backup-confirm-reset');
    expect((await statusAfter(page, 'Done')).text).toMatch(/Items deleted: 2\. Stored settings and lists reset: 0\./);
    expect(await searchDocuments(fresh!, 'Zhanaozen')).toEqual([]);
    expect(await shownStyle(page)).toBe('underline');

    await page.click('#backup-reset-settings');
    await page.click('#backup-reset');
    await page.waitFor(() => document.getElementById('backup-confirm-reset'));
    await page.click('#backup-confirm-reset');
    await page.waitFor(() => /Stored settings and lists reset: [1-9]/.test(document.getElementById('backup-status')?.textContent ?? ''));
    expect(await shownStyle(page)).toBe('fill');
    expect(page.errors).toEqual([]);
  });

  it('is usable by keyboard alone and fits a narrow window (200 % zoom)', async () => {
    const page = freshPage!;
    await page.bringToFront();
    await page.setViewport(640, 900); // a 1280-pixel window at 200 %
    await page.click('#tab-backup');
    await page.keyboard.press('Tab'); // the panel
    await page.keyboard.press('Tab'); // its first control
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('backup-export');
    await page.keyboard.press('Enter');
    expect((await statusAfter(page, 'Your backup is ready')).role).toBe('status');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('backup-download');
    await page.click('#backup-reset');
    // The confirmation takes focus, on Cancel.
    expect(await page.waitFor(() => document.activeElement?.id === 'backup-confirm-reset-cancel')).toBe(true);
    const overflow = await page.evaluate(() => {
      const root = document.documentElement;
      const labels = [...document.querySelectorAll('#backup-status, .backup label, .backup button, .backup a')];
      return { page: root.scrollWidth - root.clientWidth, wider: labels.filter((el) => el.getBoundingClientRect().right > root.clientWidth).length };
    });
    expect(overflow).toEqual({ page: 0, wider: 0 });
    await page.keyboard.press('Enter'); // Cancel
    expect((await statusAfter(page, 'Nothing was changed')).role).toBe('status');
    // The focus goes back to the button that asked, not to the top of the page.
    expect(await page.waitFor(() => document.activeElement?.id === 'backup-reset')).toBe(true);
    expect(page.errors).toEqual([]);
  });
});
