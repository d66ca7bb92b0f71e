/**
 * Shared vocabulary of the entity catalogue and the matcher. Everything that crosses module
 * boundaries (content script, background, build-time indexer, CLI) speaks these types.
 */

/** Catalogue id: 'kazakhstan', 'csto', 's300', or a related entity such as 'russia'. */
export type EntityId = string;

/** How an entity is named in text, from strongest to weakest evidence. */
export type Tier =
  /** A name of the entity (Kazakhstan, Казахстана, Collective Security Treaty Organization). */
  | 'name'
  /** An abbreviation, matched case-sensitively (CSTO, ОДКБ, OTSC). */
  | 'abbreviation'
  /** An adjective or demonym (Kazakhstani, казахстанский, Kazakh in "Kazakh President"). */
  | 'adjective'
  /** A weak alias that counts only when corroborated (Collective Security Organization, SA-20). */
  | 'weak';

export type EntityKind = 'country' | 'organisation' | 'weapon-system' | 'person' | 'city';

/** One mention found in a string. Offsets are JavaScript string indices into the ORIGINAL text. */
export interface Mention {
  entity: EntityId;
  start: number;
  end: number;
  /** The original text between start and end, exactly as written. */
  surface: string;
  tier: Tier;
  /** BCP 47 language of the alias that matched, when the alias is language-specific. */
  language?: string;
  /** Grammatical or typographic form, for "how it was recognised" (e.g. 'genitive'). */
  form?: string;
}

export interface ScanOptions {
  /** BCP 47 language of the page or passage, when known; enables language-gated aliases. */
  lang?: string;
  /** Restrict results to these entities (default: the highlighted-by-default ones). */
  entities?: ReadonlySet<EntityId>;
}

export interface Matcher {
  /** Finds every mention in one block of text (a paragraph; never several blocks joined). */
  scan(text: string, options?: ScanOptions): Mention[];
}
