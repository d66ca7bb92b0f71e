/**
 * The corpus database (IndexedDB through Dexie). It belongs to the extension's origin: open it
 * in the background or an extension page only; content scripts reach it by message (opened
 * from a content script it would silently be the web page's database).
 *
 * Bundled and user documents share the tables and are told apart by `origin`, so reloading
 * the bundled corpus never touches what the user imported.
 */
import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { EntityId } from '../../entities/types';
import type { BundleDocument, BundlePassage } from '../build/bundle';
import type { Origin } from '../types';
import { SCHEMA } from './schema';
import type { StoredTextIndex } from './text-index-store';

export const DB_NAME = 'backstory-corpus';

export interface DocumentRow extends BundleDocument {
  origin: Origin;
  /** User documents only (lib/corpus/user/): where it was published, who wrote it. */
  url?: string;
  byline?: string;
  /** SHA-256 of the indexed text: the same text is never stored twice. */
  textHash?: string;
  importedAt?: number;
  /** The import that stored it (its journal id, see lib/corpus/user/journal.ts). */
  batch?: string;
  passageCount?: number;
}

export interface PassageRow extends Omit<BundlePassage, 'doc'> {
  docId: string;
  origin: Origin;
  /** Distinct entities mentioned in the text or its translation (multiEntry index). */
  entities: EntityId[];
  /**
   * One key per entity, `<entity>\u0001<inverted score>`, so that an index range read returns
   * an entity's passages best first without loading the others (see rank.ts).
   */
  ranks: string[];
}

/** Key-value rows: the loaded bundle's state, the corpus revision (see meta.ts). */
export interface MetaRow {
  key: string;
  value: unknown;
}

export class CorpusDb extends Dexie {
  documents!: EntityTable<DocumentRow, 'id'>;
  passages!: EntityTable<PassageRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  textIndex!: EntityTable<StoredTextIndex, 'revision'>;

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
