/**
 * What the corpus API answers (cards and search), shared by the background, the popup and the
 * content script through `lib/messages/protocol.ts`. Offsets are JavaScript string indices
 * into the text they belong to (the passage text or its translation), end exclusive.
 */
import type { EntityId, EntityKind, Tier } from '../entities/types';

/** Where a document comes from: shipped with the extension, or imported by the user. */
export type Origin = 'bundled' | 'user';

export type DatePrecision = 'day' | 'month' | 'year' | 'year-range' | 'unknown';

/** A date with its honesty attached: what it refers to, how precise it is, how it was inferred. */
export interface DocumentDate {
  /** 'event': the date of what the document reports; 'content': inferred from what it says. */
  refersTo: 'publication' | 'event' | 'content';
  precision: DatePrecision;
  /** ISO 8601 ('2022-11-28', '2022-11', '2022'), an interval '2010/2013', or null when unknown. */
  value: string | null;
  /** Bounds for sorting and display of imprecise dates (ISO dates). */
  earliest?: string;
  latest?: string;
  inferredFrom: string;
}

export interface DocumentInfo {
  id: string;
  origin: Origin;
  /** File name inside the corpus (for bundled documents, inside `seeds/`). */
  file: string;
  /** BCP 47 language of the document as a whole. */
  language: string;
  /** English title; `editorial` when written by the project rather than the publisher. */
  title: { text: string; language: string; editorial: boolean };
  /** Who published it, as far as known ("seed document; publisher unknown"). */
  source: string;
  /** The date used for display and ranking (may be an event date, see `refersTo`). */
  date: DocumentDate;
  /** The publication date, often unknown. */
  published: DocumentDate;
  /** Where the document was published (user documents, when known). */
  url?: string;
  /** Who wrote it (user documents, when known). */
  byline?: string;
}

/** One entity mention inside a passage or translation. */
export interface MentionSpan {
  entity: EntityId;
  start: number;
  end: number;
  tier: Tier;
}

/** An English rendering of a passage, always marked as such. */
export interface PassageTranslation {
  text: string;
  language: 'en';
  /** 'editorial': written by the Backstory project, not by the publisher. */
  kind: 'editorial';
  note?: string;
  mentions: MentionSpan[];
}

/** Ids enough to cite a passage and to find it again in a later corpus version. */
export interface CitationRef {
  corpusVersion: string;
  documentId: string;
  passageId: string;
  /** 1-based paragraph number in the document. */
  paragraph: number;
}

export interface PassageView {
  id: string;
  document: DocumentInfo;
  /** 1-based paragraph number in the document. */
  paragraph: number;
  text: string;
  /** BCP 47 language detected for this passage (may differ from the document's). */
  language: string;
  /** ISO 15924 script of most of its letters ('Latn', 'Deva', 'Cyrl', …). */
  script: string;
  /** Sentence ranges [start, end) in `text`. */
  sentences: Array<[number, number]>;
  /** Every catalogue entity mentioned, in text order. */
  mentions: MentionSpan[];
  /** Distinct entities mentioned, in order of first mention. */
  entities: EntityId[];
  /** null when there is none: the passage is already in English, or nobody translated it. */
  translation: PassageTranslation | null;
  /** The passage itself is English (no translation needed). */
  originalEnglish: boolean;
  citation: CitationRef;
}

/** Catalogue data for a card's or a query's entity. */
export interface EntitySummary {
  id: EntityId;
  name: string;
  kind: EntityKind;
  description: string;
  /** true for the watched entities highlighted by default (Kazakhstan, CSTO, S-300). */
  highlight: boolean;
}

export interface RankedPassage extends PassageView {
  score: number;
  /** Mentions of the card's (or query's) entity in this passage. */
  entityMentions: number;
}

export interface CardData {
  entity: EntitySummary;
  passages: RankedPassage[];
  /** Passages about the entity in the whole corpus (the card shows the best few). */
  totalPassages: number;
  corpusVersion: string | null;
}

export interface Range {
  start: number;
  end: number;
}

export interface SearchHit {
  passage: PassageView;
  score: number;
  /** The query occurs as written (after normalisation) in the passage or its translation. */
  exact: boolean;
  /** What matched, for emphasis: ranges in `passage.text` and in `passage.translation.text`. */
  marks: { text: Range[]; translation: Range[] };
}

export interface SearchResponse {
  query: string;
  /**
   * 'entity': the query named a catalogue entity; 'entities': it named several ("tokayev putin"),
   * passages naming all of them first; 'text': full-text search; 'empty': nothing to do.
   */
  mode: 'entity' | 'entities' | 'text' | 'empty';
  resolved: { entity: EntitySummary; alias: string } | null;
  /** In mode 'entities': the entities named, in the order typed. */
  together?: EntitySummary[];
  hits: SearchHit[];
  /** Matching passages before the limit. */
  total: number;
  corpusVersion: string | null;
}
