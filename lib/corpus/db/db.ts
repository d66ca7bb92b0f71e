/**
 * The corpus database (IndexedDB through Dexie). It belongs to the extension's origin: open it
 * in the background or an extension page only; content scripts reach it by message (opened
 * from a content script it would silently be the web page's database).
 *
 * Bundled and user documents share the tables and are told apart by `origin`, so reloading
 * the bundled corpus never touches what the user imported.
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { SCHEMA } from './schema';
import type { DocumentRow, MetaRow, PassageRow, StoredTextIndex, StoredTextRows } from './rows';

export const DB_NAME = 'backstory-corpus';

export class CorpusDb extends Dexie {
  documents!: EntityTable<DocumentRow, 'id'>;
  passages!: EntityTable<PassageRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  textIndex!: EntityTable<StoredTextIndex, 'revision'>;
  textRows!: Dexie.Table<StoredTextRows, [string, number]>;

  constructor(name: string = DB_NAME, options?: DexieOptions) {
    super(name, options);
    for (const step of SCHEMA) {
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}

const EXTENSION_PROTOCOL = /^(?:chrome|moz|safari-web)-extension:$/;

/**
 * Opens the corpus database, refusing to from a web page's origin (a content script).
 * `protocol` defaults to the current location's; Node (tests, benchmarks) has none.
 */
export function openCorpusDb(
  options: DexieOptions & { name?: string; protocol?: string | undefined } = {},
): CorpusDb {
  const { name, protocol = globalThis.location?.protocol, ...dexieOptions } = options;
  if (protocol !== undefined && !EXTENSION_PROTOCOL.test(protocol)) {
    throw new Error(
      `The corpus database belongs to the extension: open it in the background or an extension page, not from ${protocol} (send a message instead).`,
    );
  }
  return new CorpusDb(name, dexieOptions);
}
