/**
 * The backup file: one JSON envelope, versioned, holding the journalist's `storage.local` keys and
 * the database rows in dexie-export-import's own format. Written with sorted keys and no clock
 * inside (the date is in the file name), so the same data always gives the same bytes.
 */
import type { DexieExportJsonStructure } from 'dexie-export-import/dist/json-structure';
import { BackupError } from './errors';

export const BACKUP_FORMAT = 'backstory-backup';
/** Bump when the envelope changes; an older Backstory refuses newer files with a clear message. */
export const BACKUP_VERSION = 1;

export type DatabaseExport = DexieExportJsonStructure;
export type TableExport = DatabaseExport['data']['data'][number];

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** The extension version that wrote the file (information only). */
  createdWith: string;
  storage: Record<string, unknown>;
  database: DatabaseExport;
}

/** `backstory-backup-2026-12-06.json`, in the local calendar the person sees. */
export function backupFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `backstory-backup-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

/** JSON with every object's keys sorted, indented for people who open the file. */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  }, 1)}\n`;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkTable(table: unknown, index: number): TableExport {
  if (!isObj(table) || typeof table.tableName !== 'string' || typeof table.inbound !== 'boolean' || !Array.isArray(table.rows)) {
    throw new BackupError('shape', `database.data.data[${index}]`);
  }
  table.rows.forEach((row, i) => {
    const value: unknown = table.inbound ? row : Array.isArray(row) && row.length === 2 ? row[1] : undefined;
    if (!isObj(value)) throw new BackupError('shape', `${table.tableName} row ${i + 1}`);
    if (value.origin === 'bundled') throw new BackupError('shape', `${table.tableName} row ${i + 1}: origin "bundled"`);
  });
  return table as unknown as TableExport;
}

function checkDatabase(value: unknown, newestDatabase: number): DatabaseExport {
  if (!isObj(value) || value.formatName !== 'dexie' || value.formatVersion !== 1 || !isObj(value.data)) {
    throw new BackupError('shape', 'database');
  }
  const { databaseName, databaseVersion, tables, data } = value.data;
  if (typeof databaseName !== 'string' || !Number.isInteger(databaseVersion) || !Array.isArray(tables) || !Array.isArray(data)) {
    throw new BackupError('shape', 'database.data');
  }
  if ((databaseVersion as number) > newestDatabase) throw new BackupError('newer', `database version ${String(databaseVersion)}`);
  tables.forEach((t, i) => {
    if (!isObj(t) || typeof t.name !== 'string' || typeof t.schema !== 'string') throw new BackupError('shape', `database.data.tables[${i}]`);
  });
  data.forEach(checkTable);
  return value as unknown as DatabaseExport;
}

/**
 * Reads a backup file's text, or throws a BackupError saying why not: damaged JSON, not a backup,
 * a newer format or database, or the wrong shape. Reads only: nothing is written here.
 */
export function parseBackup(text: string, newestDatabase: number): BackupFile {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new BackupError('damaged', error instanceof Error ? error.message : String(error));
  }
  if (!isObj(value) || value.format !== BACKUP_FORMAT) throw new BackupError('not-a-backup');
  if (!Number.isInteger(value.version) || (value.version as number) < 1) throw new BackupError('shape', 'version');
  if ((value.version as number) > BACKUP_VERSION) throw new BackupError('newer', `format version ${String(value.version)}`);
  if (typeof value.createdWith !== 'string') throw new BackupError('shape', 'createdWith');
  if (!isObj(value.storage)) throw new BackupError('shape', 'storage');
  return {
    format: BACKUP_FORMAT,
    version: value.version as number,
    createdWith: value.createdWith,
    storage: value.storage,
    database: checkDatabase(value.database, newestDatabase),
  };
}
