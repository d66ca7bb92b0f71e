/**
 * The rows of the corpus database, in one place: what each table holds (db.ts declares the
 * tables, schema.ts their indexes). Types only, so every module that reads or writes rows can
 * import them without importing the database or each other.
 */
import type { EntityId } from '../../entities/types';
import type { BundleDocument, BundlePassage } from '../build/bundle';
import type { Origin } from '../types';

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

/**
 * The stored text index (text-index-store.ts) of one corpus revision; the changes since are in
 * the change log (text-changes.ts). Flat arrays: structured clone copies a few typed
 * arrays far faster than 30,000 small ones. The passages' own part (ids and normalised text,
 * most of the bytes) is kept apart in `StoredTextRows`, a thousand rows at a time: rows only
 * grow within one build of the index (its `generation`), so a write stores the rows added since
 * the last one, not all of them again. Part of the build key (lib/build/text-key.ts).
 */
export interface StoredTextIndex {
  revision: number;
  key: string;
  /** Which build of the index the rows belong to (a full build starts a new one). */
  generation: string;
  /** How many rows (of the generation's `StoredTextRows`) this index holds. */
  rows: number;
  /** Terms by id; `order`: the ids sorted by term. */
  vocabulary: string[];
  order: Uint32Array;
  /** Row positions of passages deleted since the last full build. */
  removed: Uint32Array;
  /** Postings of term t: postings[postingStart[t] .. postingStart[t + 1]). */
  postingStart: Uint32Array;
  postings: Uint32Array;
  /** Terms of grams[g]: gramTerms[gramStart[g] .. gramStart[g + 1]). */
  grams: string[];
  gramStart: Uint32Array;
  gramTerms: Uint32Array;
}

/** Rows `chunk * TEXT_ROWS_PER_CHUNK …` of a generation of the index: passage ids and normalised text. */
export interface StoredTextRows {
  generation: string;
  chunk: number;
  ids: string[];
  text: string[];
  translation: string[];
}
