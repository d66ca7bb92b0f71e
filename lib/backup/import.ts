/**
 * Import: validate a backup file completely, then write it — MERGE (keep what is here, add what is
 * not; the same id in both: the backup's copy wins) or REPLACE (every user row and user storage key
 * goes, then the backup's are written). The database part is ONE transaction that also bumps the
 * corpus revision and recounts entities; the storage part is written first and put back as it was
 * if the transaction fails, so an error at any point changes nothing.
 */
import Dexie, { type Table } from 'dexie';
import { importInto } from 'dexie-export-import';
import type { CorpusDb } from '../corpus/db/db';
import { SCHEMA_VERSION } from '../corpus/db/schema';
import { markUserRowsChanged } from './corpus-state';
import { asBackupError, BackupError } from './errors';
import { parseBackup, type BackupFile, type DatabaseExport, type TableExport } from './format';
import { DERIVED_TABLES, isDerivedTable, isUserRow, userStorage, type KeyValueArea } from './scope';

export type ImportMode = 'merge' | 'replace';

export interface ImportReport {
  mode: ImportMode;
  createdWith: string;
  /** Database rows written: new here, or in place of a row with the same id (the backup's copy won). */
  rows: { added: number; replaced: number; removed: number };
  /** Rows written per table (documents, passages, and whatever tables later versions add). */
  tables: Record<string, number>;
  storage: { written: number; removed: number };
}

/** importInto reads a Blob with FileReader, which would end our transaction; this hands it the parsed file. */
function parsedStream(database: DatabaseExport): Parameters<typeof importInto>[1] {
  const result = structuredClone(database);
  return { result, done: () => true, eof: () => true, pullAsync: async () => result, pullSync: () => result };
}

function keyOf(table: Table, row: object, inbound: boolean): unknown {
  if (!inbound) return (row as [unknown, unknown])[0];
  const keyPath = table.schema.primKey.keyPath;
  return Array.isArray(keyPath) ? keyPath.map((k) => Dexie.getByKeyPath(row, k)) : Dexie.getByKeyPath(row, keyPath ?? '');
}

function userTables(db: CorpusDb): Table[] {
  return db.tables.filter((t) => !isDerivedTable(t.name));
}

/** Within the caller's transaction: how many incoming rows are new and how many replace one here. */
async function classify(db: CorpusDb, tables: TableExport[]): Promise<{ added: number; replaced: number }> {
  let added = 0;
  let replaced = 0;
  for (const exported of tables) {
    const table = db.table(exported.tableName);
    const keys = exported.rows.map((row: object) => keyOf(table, row, exported.inbound));
    const existing: unknown[] = await table.bulkGet(keys as never[]);
    existing.forEach((row, i) => {
      if (row === undefined) added++;
      else if (!isUserRow(row)) throw new BackupError('bundled-id', `${exported.tableName} ${String(keys[i])}`);
      else replaced++;
    });
  }
  return { added, replaced };
}

async function writeDatabase(db: CorpusDb, file: BackupFile, mode: ImportMode): Promise<ImportReport['rows']> {
  const incoming = file.database.data.data.filter((t) => !isDerivedTable(t.tableName));
  return db.transaction('rw', db.tables, async () => {
    let removed = 0;
    if (mode === 'replace') {
      for (const table of userTables(db)) removed += await table.filter(isUserRow).delete();
    }
    const { added, replaced } = await classify(db, incoming);
    await importInto(db, parsedStream(file.database), {
      noTransaction: true, // inside ours: all or nothing, with the revision bump below
      acceptNameDiff: true,
      acceptVersionDiff: true, // an older backup's rows fit the current schema (upgrades only add)
      overwriteValues: true, // merge: the backup's copy of a row wins
      skipTables: [...DERIVED_TABLES],
    });
    await markUserRowsChanged(db);
    return { added, replaced, removed };
  });
}

/** Writes the backup's keys and, for replace, removes the others; returns how to put things back. */
async function writeStorage(storage: KeyValueArea, incoming: Record<string, unknown>, mode: ImportMode) {
  const before = userStorage(await storage.get(null));
  const removed = mode === 'replace' ? Object.keys(before).filter((k) => !(k in incoming)) : [];
  await storage.set(incoming);
  if (removed.length) await storage.remove(removed);
  const restore = async () => {
    const added = Object.keys(incoming).filter((k) => !(k in before));
    if (added.length) await storage.remove(added);
    await storage.set(before);
  };
  return { written: Object.keys(incoming).length, removed: removed.length, restore };
}

export async function importBackup(
  db: CorpusDb,
  storage: KeyValueArea,
  text: string,
  mode: ImportMode,
): Promise<ImportReport> {
  const file = parseBackup(text, SCHEMA_VERSION);
  const known = new Set(db.tables.map((t) => t.name));
  for (const t of file.database.data.data) {
    if (!known.has(t.tableName)) throw new BackupError('shape', `unknown table ${t.tableName}`);
  }
  const incomingStorage = userStorage(file.storage);
  let written;
  try {
    written = await writeStorage(storage, incomingStorage, mode);
  } catch (error) {
    throw asBackupError(error);
  }
  try {
    const rows = await writeDatabase(db, file, mode);
    const tables = Object.fromEntries(
      file.database.data.data.filter((t) => !isDerivedTable(t.tableName)).map((t) => [t.tableName, t.rows.length]),
    );
    return { mode, createdWith: file.createdWith, rows, tables, storage: { written: written.written, removed: written.removed } };
  } catch (error) {
    await written.restore(); // the database rolled back; so does storage
    throw asBackupError(error);
  }
}
