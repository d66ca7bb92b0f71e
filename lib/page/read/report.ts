/**
 * What the content script reports about its page: the watched entities found, with counts,
 * the forms seen (once per normalised form) and every occurrence with the sentence it stands
 * in (for the popup and its exports).
 */
import type { EntityId, Mention } from '@/lib/entities/types';
import { normaliseForMatch } from '@/lib/text/normalise';
import type { BlockRecord } from './page-index';

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

/** The sentence of `text` that contains `offset` (Intl.Segmenter; the whole block as fallback). */
export function sentenceAround(rawText: string, offset: number, lang?: string): string {
  // Line breaks are layout (source formatting, a joined `<br>`), not the end of a sentence; the
  // segmenter would end one there. Replaced one for one, so offsets hold.
  const text = rawText.replace(/[\r\n\u2028\u2029]/g, ' ');
  if (typeof Intl.Segmenter !== 'function') return text.trim();
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  for (const { segment, index } of segmenter.segment(text)) {
    if (offset >= index && offset < index + segment.length) return segment.trim();
  }
  return text.trim();
}

/** A mention's form as written: the surface text with whitespace runs collapsed. */
export function formOf(mention: Mention): string {
  return mention.surface.replace(/\s+/g, ' ').trim();
}

/** What forms are grouped by: the project's normaliser, case kept ("CSTO" and "C\u00adSTO" are one). */
export function formKey(form: string): string {
  return normaliseForMatch(form).replace(/\s+/g, ' ').trim();
}

/** How buildReport reads the page beyond the records themselves. */
export interface ReportSources {
  title?: string;
  langOf?: (record: BlockRecord) => string | undefined;
  /** The text around a block (its neighbours across `<br>`); the block's own text by default. */
  contextOf?: (record: BlockRecord) => SentenceContext;
}

export function buildReport(
  url: string,
  contentType: string,
  active: boolean,
  blocks: number,
  records: readonly BlockRecord[],
  { title = '', langOf = () => undefined, contextOf = (r) => ({ text: r.block.text, offset: 0 }) }: ReportSources = {},
): PageMentionsReport {
  type Group = FormCount & { variants: Map<string, number> };
  const byEntity = new Map<EntityId, EntityOnPage & { byForm: Map<string, Group> }>();
  let painted = 0;
  for (const record of records) {
    painted += record.painted;
    let context: SentenceContext | undefined;
    for (const mention of record.mentions) {
      let entry = byEntity.get(mention.entity);
      if (!entry) {
        entry = { entity: mention.entity, count: 0, forms: [], occurrences: [], byForm: new Map() };
        byEntity.set(mention.entity, entry);
      }
      entry.count++;
      context ??= contextOf(record);
      const form = formOf(mention);
      const sentence = sentenceAround(context.text, context.offset + mention.start, langOf(record));
      entry.occurrences.push({ form, sentence });
      const key = formKey(form);
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
  }
  const entities = [...byEntity.values()].map(({ entity, count, forms, occurrences }) => ({
    entity,
    count,
    forms: forms.map(({ form, count, sentence }) => ({ form, count, sentence })).sort((a, b) => b.count - a.count),
    occurrences,
  }));
  entities.sort((a, b) => b.count - a.count);
  return { url, title, contentType, active, blocks, entities, painted };
}
