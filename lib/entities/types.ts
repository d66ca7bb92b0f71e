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

export type EntityKind = 'country' | 'organisation' | 'weapon-system' | 'person' | 'city'
  /** Kinds a journalist may give an entity of their own watchlist (lib/watchlist). */
  | 'place' | 'other';

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

// ---------------------------------------------------------------------------------------------
// The catalogue schema. The catalogue is data (lib/entities/data/*), validated by a schema test
// and compiled once into the matcher's tries.
// ---------------------------------------------------------------------------------------------

/**
 * A condition on the text around a candidate mention, evaluated on the normalised block.
 * Cue ids name cue lists of the catalogue ('rug'); 'entity:russia' stands for any
 * candidate mention of that entity in the block.
 */
export type ContextCondition =
  /** A cue starts at most `gap` normalised characters before the mention (default 40). */
  | { cues: readonly string[]; where: 'before'; gap?: number }
  /** A cue starts at most `gap` normalised characters after the mention (default 40). */
  | { cues: readonly string[]; where: 'after'; gap?: number }
  /** A cue anywhere in the block. */
  | { cues: readonly string[]; where: 'block' }
  /** A longer cue word that contains the mention ("哈萨克语" around "哈萨克", "카자흐어" around "카자흐"). */
  | { cues: readonly string[]; where: 'covering' }
  /** The mention ends a phrase: what follows is punctuation or the end of the block. */
  | { phraseEnd: true }
  /** The mention is all the block says (a menu item or a language switcher: "Қазақ"). */
  | { wholeBlock: true }
  /** The mention is enclosed in quotation marks (a title: the newspaper «Қазақ»). */
  | { quoted: true }
  /** The word right before the mention ends with one of these (normalised, case-folded). */
  | { previousWordEndsWith: readonly string[] };

/** A context rule holds when any one condition holds, or when all of `all` hold. */
export type ContextRule = ContextCondition | { all: readonly ContextCondition[] };

/** Restricts an alias group to pages of some languages. */
export interface LanguageGate {
  /** Primary language subtags ('ky', 'fr') where the aliases are active. */
  langs: readonly string[];
  /** What to do when the page language is unknown. */
  unknown: 'allow' | 'deny';
}

/**
 * Aliases of one language and tier. `forms` are written already normalised (a test checks that
 * each expansion is a fixed point of normaliseForMatch). Two bits of notation, expanded when the
 * catalogue is compiled: `{a,b,}` alternatives (an empty alternative allowed), and `~`, the slot
 * where the suffix set attaches when it is not the end of the form ("Организаци~ Договора…").
 */
export interface AliasGroup {
  /** BCP 47 language of the forms; 'und' for script-neutral designations (S-300). */
  lang: string;
  tier: Tier;
  forms: readonly string[];
  /** Id of a suffix set of the catalogue: closed inflections with grammatical labels. */
  suffixes?: string;
  /**
   * Also generate this language's word forms of each form by rule (lib/entities/forms/): case
   * endings from the word's own ending and vowels, possessives, clitics, initial mutations, each
   * labelled ('genitive'). A `~` in a form then marks the end of the word that inflects
   * ("Организация~ Договора…"; with a suffix set, the set's first ending gives that word).
   */
  inflect?: boolean;
  /** Label of the bare form when there is no suffix set (e.g. 'state adjective'). */
  form?: string;
  /** Match case-sensitively (default: true for abbreviations, false otherwise). */
  caseSensitive?: boolean;
  /** Attached proclitics allowed before the form: Arabic و ف ب ل ك, Hebrew ו ה ב כ ל מ ש. */
  proclitics?: 'ar' | 'he';
  /**
   * Also accept one deleted or transposed character ("Kzakhstan"); long Latin names only, each
   * slip listed with every ending. Unset, a watched entity's long one-word name still matches its
   * slips as stems on pages in its language (compile/stems.ts slipKeys); false: no slips at all.
   */
  typos?: boolean;
  /**
   * The forms also begin compound words, on pages in the group's own language: Finnish
   * kazakstanilaisministeri ("Kazakhstani minister"), German Kasachstanreise. Only for words
   * nothing else begins with.
   */
  compounds?: boolean;
  /**
   * A noun for people (an ethnonym: Kazakh, казах, ҡаҙаҡ): its plural forms too, where the
   * language's plurals are modelled (lib/entities/forms/plurals.ts).
   */
  people?: boolean;
  /**
   * Also its Latin transliterations (Russian, Ukrainian, Belarusian: BGN/PCGN, the press, the
   * scholarly system, ISO 9; lib/entities/forms/transliterate.ts). A user's name in those
   * languages always gets them.
   */
  transliterate?: boolean;
  /** Only on pages in these languages. */
  pageLangs?: LanguageGate;
  /** The candidate is dropped when any of these holds. */
  vetoes?: readonly ContextRule[];
  /** Weak tier: kept only when one of these holds or a stronger alias of the entity is in the block. */
  needs?: readonly ContextRule[];
}

export interface EntityRecord {
  id: EntityId;
  kind: EntityKind;
  /** Highlighted on pages by default (the watched entities); related ones are for search and co-mentions. */
  highlight: boolean;
  /** One line of English for cards and tooltips. */
  description: string;
  /** Display names by UI language (at least en, ru, hi, tl). */
  displayNames: Readonly<Record<string, string>>;
  aliases: readonly AliasGroup[];
}

/** One inflection: the ending and its grammatical label ("genitive"). '' is the bare form. */
export type SuffixEntry = readonly [suffix: string, label: string];

export interface SuffixSet {
  lang: string;
  endings: readonly SuffixEntry[];
}

/**
 * Words that trigger context rules, by language (for reading; matched all together). A form
 * ending in * is a word prefix ("больниц*" for больница, больницы…); others are whole words.
 */
export interface CueList {
  /** Match case-sensitively ("No" from №), on the case-preserving copy. */
  caseSensitive?: boolean;
  forms: Readonly<Record<string, readonly string[]>>;
}

export interface Catalogue {
  entities: readonly EntityRecord[];
  suffixSets: Readonly<Record<string, SuffixSet>>;
  cues: Readonly<Record<string, CueList>>;
}
