/**
 * The corpus database's schema, as an append-only list of versions. Never edit a version
 * that has shipped: add one, with an upgrade that carries user rows forward. Bundled rows
 * need no migration of their own — they are derived data, and the loader replaces them
 * whenever its `LOADER_VERSION` or the bundle's version changes (see load.ts).
 */
import type { Transaction } from 'dexie';

export interface SchemaStep {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA: readonly SchemaStep[] = [
  {
    version: 1,
    stores: {
      documents: 'id, origin',
      // *entities answers "passages about X"; *ranks returns them best first (rank.ts).
      passages: 'id, docId, origin, *entities, *ranks',
      meta: 'key',
    },
  },
  {
    // Version 2 indexes the passage language (language filters, per-language counts). Rows
    // written under version 1 may lack `lang`: they take their document's language.
    version: 2,
    stores: { passages: 'id, docId, origin, *entities, *ranks, lang' },
    async upgrade(tx) {
      const languages = new Map<string, string>();
      await tx.table('documents').each((doc: { id: string; language: string }) => {
        languages.set(doc.id, doc.language);
      });
      await tx.table('passages').toCollection().modify((row: { docId: string; lang?: string }) => {
        if (typeof row.lang !== 'string' || row.lang === '') row.lang = languages.get(row.docId) ?? 'und';
      });
    },
  },
  {
    // Version 3 keeps the full-text index beside the passages (text-index-store.ts): derived
    // data, rebuilt on demand, so there is nothing to migrate.
    version: 3,
    stores: { textIndex: 'revision' },
  },
  {
    // Version 4 keeps the index's rows apart from its terms, a thousand at a time, so that a
    // write stores only the rows added since the last (text-index-store.ts). Derived data: an
    // index of the old shape is dropped and rebuilt on demand.
    version: 4,
    stores: { textRows: '[generation+chunk], generation' },
    async upgrade(tx) {
      await tx.table('textIndex').clear();
    },
  },
];

export const SCHEMA_VERSION = SCHEMA[SCHEMA.length - 1]?.version ?? 1;
