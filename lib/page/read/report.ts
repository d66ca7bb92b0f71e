/**
 * What the content script reports about its page: the watched entities found, with counts,
 * the forms seen (once per normalised form) and every occurrence with the sentence it stands
 * in (for the popup and its exports).
 */
import type { EntityId, Mention } from '@/lib/entities/types';
import type { BlockRecord } from './page-index';
import { runSliced } from './scheduler';

export interface FormCount {
  /**
   * The form as first written on the page (e.g. "Казахстана"). Forms that differ only by what
   * the normaliser removes or unifies (soft hyphen, zero-width characters, no-break space,
   * dash and apostrophe variants) count as one.
   */
  form: string;
  count: number;
  /** The sentence around the first occurrence of this form. */
  sentence: string;
}

/** One mention on the page, in reading order. */
export interface Occurrence {
  form: string;
  /** The whole sentence around it (a `<br>` inside the sentence does not cut it). */
  sentence: string;
}

export interface EntityOnPage {
  entity: EntityId;
  count: number;
  forms: FormCount[];
  /** Every occurrence, in reading order (`occurrences.length === count`). */
  occurrences: Occurrence[];
}

/** The text a sentence is looked for in: a block's text, or a longer stretch holding it. */
export interface SentenceContext {
  text: string;
  /** Where the block's text starts inside `text`. */
  offset: number;
}

export interface PageMentionsReport {
  url: string;
  /** The document's title (what exports name the page by). */
  title: string;
  /** The document's MIME type: a PDF viewer page has no text Backstory can read. */
  contentType: string;
  /** Whether Backstory is active on this site (highlighting on, site not switched off). */
  active: boolean;
  /** Number of text blocks scanned (visible text, block by block). */
  blocks: number;
  /** Entities by count (descending), ties in order of first appearance. */
  entities: EntityOnPage[];
  /**
   * How many of the mentions counted are painted: fewer than their total only on a page past
   * the highlight cap (lib/page/paint/highlighter.ts), which the popup then says.
   */
  painted: number;
}

/**
 * How far either side of a mention a sentence is looked for: a block can be a whole 50 MB text
 * file, and segmenting all of it for each mention would be one very long task.
 */
const SENTENCE_REACH = 2000;

const segmenters = new Map<string, Intl.Segmenter>();
/** One segmenter per language (building one costs more than segmenting a paragraph). */
function segmenterFor(lang: string | undefined): Intl.Segmenter {
  const key = lang ?? '';
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

/** The sentences of a text, found once and looked up by offset (a block's mentions share them). */
export class Sentences {
  readonly #text: string;
  readonly #lang: string | undefined;
  #spans: { index: number; segment: string }[] | null = null;

  constructor(text: string, lang?: string) {
    this.#text = text;
    this.#lang = lang;
  }

  /** The sentence holding `offset`. */
  at(offset: number): string {
    if (this.#text.length > 2 * SENTENCE_REACH || typeof Intl.Segmenter !== 'function') return sentenceAround(this.#text, offset, this.#lang);
    this.#spans ??= [...segmenterFor(this.#lang).segment(layoutBreaksAsSpaces(this.#text))].map(({ index, segment }) => ({ index, segment }));
    const span = this.#spans.find(({ index, segment }) => offset >= index && offset < index + segment.length);
    return (span?.segment ?? this.#text).trim();
  }
}

/** Line breaks are layout (source formatting, a joined `<br>`), not the end of a sentence; replaced one for one, so offsets hold. */
function layoutBreaksAsSpaces(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]/g, ' ');
}

/**
 * The sentence of `text` that contains `offset` (Intl.Segmenter; the whole block as fallback),
 * looked for within SENTENCE_REACH of it.
 */
export function sentenceAround(rawText: string, offset: number, lang?: string): string {
  const from = Math.max(0, offset - SENTENCE_REACH);
  const near = rawText.length > 2 * SENTENCE_REACH ? rawText.slice(from, offset + SENTENCE_REACH) : rawText;
  const at = near === rawText ? offset : offset - from;
  const text = layoutBreaksAsSpaces(near);
  if (typeof Intl.Segmenter !== 'function') return text.trim();
  for (const { segment, index } of segmenterFor(lang).segment(text)) {
    if (at >= index && at < index + segment.length) return segment.trim();
  }
  return text.trim();
}

/** A mention's form as written: the surface text with whitespace runs collapsed. */
export function formOf(mention: Mention): string {
  return mention.surface.replace(/\s+/g, ' ').trim();
}

/**
 * What forms are grouped by: the project's normaliser (`normalise`, lib/text/normalise.ts
 * normaliseForMatch), case kept ("CSTO" and "C\u00adSTO" are one).
 */
export function formKey(form: string, normalise: (text: string) => string): string {
  return normalise(form).replace(/\s+/g, ' ').trim();
}

/** How buildReport reads the page beyond the records themselves. */
export interface ReportSources {
  /**
   * The matching form of a text, case kept: lib/text/normalise.ts `normaliseForMatch`, given by
   * the caller — in a page, the second stage's own, whose tables the matcher filled (the page
   * extras that build the report must not bring a second normaliser and its tables).
   */
  normalise: (text: string) => string;
  title?: string;
  langOf?: (record: BlockRecord) => string | undefined;
  /** The text around a block (its neighbours across `<br>`); the block's own text by default. */
  contextOf?: (record: BlockRecord) => SentenceContext;
}

type Group = FormCount & { variants: Map<string, number> };

/** A block longer than this has its sentences read from its nodes near each mention only. */
const HUGE_BLOCK = 65_536;

function blockLength(block: BlockRecord['block']): number {
  const last = block.segments.at(-1);
  return last ? last.start + last.node.length : 0;
}

/**
 * `[from, to)` of a block's text, read from its nodes with `substringData`: never the whole text
 * (in Firefox each read of a node's `data` copies all of it into the content script).
 */
function textBetween(block: BlockRecord['block'], from: number, to: number): string {
  let out = '';
  for (const { node, start } of block.segments) {
    const end = start + node.length;
    if (end <= from || start >= to) continue;
    const a = Math.max(from, start) - start;
    out += node.substringData(a, Math.min(to, end) - start - a);
  }
  return out;
}

/** The sentence around a mention of a huge block (a 50 MB text file is one block). */
function sentenceInHugeBlock(record: BlockRecord, mention: Mention, lang: string | undefined): string {
  const from = Math.max(0, mention.start - SENTENCE_REACH);
  return sentenceAround(textBetween(record.block, from, mention.end + SENTENCE_REACH), mention.start - from, lang);
}

/** Gathers a report one block at a time (so a page of 100,000 mentions can be read in slices). */
class ReportBuilder {
  readonly #byEntity = new Map<EntityId, EntityOnPage & { byForm: Map<string, Group> }>();
  #painted = 0;
  readonly #langOf: (record: BlockRecord) => string | undefined;
  readonly #contextOf: (record: BlockRecord) => SentenceContext;

  readonly #normalise: (text: string) => string;

  constructor({ normalise, langOf = () => undefined, contextOf = (r) => ({ text: r.block.text, offset: 0 }) }: ReportSources) {
    this.#normalise = normalise;
    this.#langOf = langOf;
    this.#contextOf = contextOf;
  }

  /**
   * The work of adding one block: one unit, or for a huge block one unit per mention (each reads
   * and segments the text around its mention; 33 of them in one unit were a 120 ms task on the
   * 50 MB text page in Chromium).
   */
  *units(record: BlockRecord): Generator<() => void> {
    this.#painted += record.painted;
    if (record.mentions.length === 0) return;
    if (blockLength(record.block) <= HUGE_BLOCK) {
      yield () => {
        const context = this.#contextOf(record);
        const sentences = new Sentences(context.text, this.#langOf(record));
        for (const mention of record.mentions) this.#count(mention, sentences.at(context.offset + mention.start));
      };
      return;
    }
    const lang = this.#langOf(record);
    for (const mention of record.mentions) yield () => this.#count(mention, sentenceInHugeBlock(record, mention, lang));
  }

  #count(mention: Mention, sentence: string): void {
    let entry = this.#byEntity.get(mention.entity);
    if (!entry) {
      entry = { entity: mention.entity, count: 0, forms: [], occurrences: [], byForm: new Map() };
      this.#byEntity.set(mention.entity, entry);
    }
    entry.count++;
    const form = formOf(mention);
    entry.occurrences.push({ form, sentence });
    const key = formKey(form, this.#normalise);
    const seen = entry.byForm.get(key);
    if (seen) {
      seen.count++;
      const n = (seen.variants.get(form) ?? 0) + 1;
      seen.variants.set(form, n);
      // Shown as its most frequent spelling ("S-300" rather than one "S‑300"); ties: the first.
      if (n > (seen.variants.get(seen.form) ?? 0)) seen.form = form;
    } else {
      const group: Group = { form, count: 1, sentence, variants: new Map([[form, 1]]) };
      entry.byForm.set(key, group);
      entry.forms.push(group);
    }
  }

  result(url: string, title: string, contentType: string, active: boolean, blocks: number): PageMentionsReport {
    const entities = [...this.#byEntity.values()].map(({ entity, count, forms, occurrences }) => ({
      entity,
      count,
      forms: forms.map(({ form, count, sentence }) => ({ form, count, sentence })).sort((a, b) => b.count - a.count),
      occurrences,
    }));
    entities.sort((a, b) => b.count - a.count);
    return { url, title, contentType, active, blocks, entities, painted: this.#painted };
  }
}

export function buildReport(
  url: string,
  contentType: string,
  active: boolean,
  blocks: number,
  records: readonly BlockRecord[],
  sources: ReportSources,
): PageMentionsReport {
  const builder = new ReportBuilder(sources);
  for (const record of records) for (const unit of builder.units(record)) unit();
  return builder.result(url, sources.title ?? '', contentType, active, blocks);
}

/**
 * The same report, read in time slices that yield to the page between them (scheduler.ts): on a
 * page of 100,000 mentions, finding each one's sentence takes seconds, which must not be one
 * task. `include` leaves records out (what CSS hides now), checked inside the slices too.
 */
export async function buildReportInSlices(
  url: string,
  contentType: string,
  active: boolean,
  blocks: number,
  records: Iterable<BlockRecord>,
  sources: ReportSources & { include?: (record: BlockRecord) => boolean; onSlice?: (ms: number) => void; now?: () => number },
): Promise<PageMentionsReport> {
  const builder = new ReportBuilder(sources);
  const include = sources.include ?? (() => true);
  function* units(): Generator<() => void> {
    for (const record of records) if (include(record)) yield* builder.units(record);
  }
  await runSliced(units(), (unit) => unit(), new AbortController().signal, { onSlice: sources.onSlice, ...(sources.now ? { now: sources.now } : {}) });
  return builder.result(url, sources.title ?? '', contentType, active, blocks);
}
