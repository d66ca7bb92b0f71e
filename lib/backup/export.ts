/**
 * Export: everything the journalist added, as the text of one backup file (format.ts). Bundled
 * rows and derived tables and keys stay out (scope.ts); the result depends only on the data, so
 * exporting, importing into an empty profile and exporting again gives the same bytes.
 */
import { exportDB } from 'dexie-export-import';
import type { CorpusDb } from '../corpus/db/db';
import { asBackupError } from './errors';
import { BACKUP_FORMAT, BACKUP_VERSION, canonicalJson, type BackupFile, type DatabaseExport } from './format';
import { DERIVED_TABLES, isUserRow, userStorage, type KeyValueArea } from './scope';

export async function exportBackup(db: CorpusDb, storage: KeyValueArea, createdWith: string): Promise<string> {
  try {
    const blob = await exportDB(db, {
      skipTables: [...DERIVED_TABLES],
      filter: (_table, value) => isUserRow(value),
    });
    const database = JSON.parse(await blob.text()) as DatabaseExport;
    // exportDB records each table's full count; the file holds only the user's rows.
    const rows = new Map(database.data.data.map((t) => [t.tableName, t.rows.length]));
    for (const table of database.data.tables) table.rowCount = rows.get(table.name) ?? 0;
    const file: BackupFile = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdWith,
      storage: userStorage(await storage.get(null)),
      database,
    };
    return canonicalJson(file);
  } catch (error) {
    throw asBackupError(error);
  }
}
