/**
 * Back to the bundled corpus: every row the journalist added goes, in one transaction that also
 * bumps the corpus revision; settings and the other stored keys stay unless asked for too.
 */
import type { CorpusDb } from '../corpus/db/db';
import { markUserRowsChanged } from './corpus-state';
import { asBackupError } from './errors';
import { isDerivedTable, isUserRow, userStorage, type KeyValueArea } from './scope';

export interface ResetReport {
  rows: number;
  storageKeys: number;
}

export async function deleteUserData(
  db: CorpusDb,
  storage: KeyValueArea,
  { alsoSettings = false }: { alsoSettings?: boolean } = {},
): Promise<ResetReport> {
  try {
    const rows = await db.transaction('rw', db.tables, async () => {
      let removed = 0;
      for (const table of db.tables) {
        if (!isDerivedTable(table.name)) removed += await table.filter(isUserRow).delete();
      }
      await markUserRowsChanged(db);
      return removed;
    });
    let storageKeys = 0;
    if (alsoSettings) {
      const keys = Object.keys(userStorage(await storage.get(null)));
      if (keys.length) await storage.remove(keys);
      storageKeys = keys.length;
    }
    return { rows, storageKeys };
  } catch (error) {
    throw asBackupError(error);
  }
}
