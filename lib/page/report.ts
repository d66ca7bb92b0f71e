/**
 * What the content script reports about its page: the watched entities found, with counts,
 * the forms seen and the sentence each mention stands in (for the popup and its exports).
 */
import type { EntityId, Mention } from '@/lib/entities/types';
import type { BlockRecord } from './page-index';

export interface FormCount {
  /** The form as written on the page (e.g. "Казахстана"). */
  form: string;
  count: number;
  /** The sentence around the first occurrence of this form. */
  sentence: string;
}

export interface EntityOnPage {
  entity: EntityId;
  count: number;
  forms: FormCount[];
}

export interface PageMentionsReport {
  url: string;
  /** The document's MIME type: a PDF viewer page has no text Backstory can read. */
  contentType: string;
  /** Whether Backstory is active on this site (highlighting on, site not switched off). */
  active: boolean;
  /** Number of text blocks scanned (visible text, block by block). */
  blocks: number;
  /** Entities by count (descending), ties in order of first appearance. */
  entities: EntityOnPage[];
}

/** The sentence of `text` that contains `offset` (Intl.Segmenter; the whole block as fallback). */
export function sentenceAround(text: string, offset: number, lang?: string): string {
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

export function buildReport(
  url: string,
  contentType: string,
  active: boolean,
  blocks: number,
  records: readonly BlockRecord[],
  langOf: (record: BlockRecord) => string | undefined = () => undefined,
): PageMentionsReport {
  const byEntity = new Map<EntityId, EntityOnPage & { byForm: Map<string, FormCount> }>();
  for (const record of records) {
    for (const mention of record.mentions) {
      let entry = byEntity.get(mention.entity);
      if (!entry) {
        entry = { entity: mention.entity, count: 0, forms: [], byForm: new Map() };
        byEntity.set(mention.entity, entry);
      }
      entry.count++;
      const form = formOf(mention);
      const seen = entry.byForm.get(form);
      if (seen) seen.count++;
      else {
        const fc = { form, count: 1, sentence: sentenceAround(record.block.text, mention.start, langOf(record)) };
        entry.byForm.set(form, fc);
        entry.forms.push(fc);
      }
    }
  }
  const entities = [...byEntity.values()].map(({ entity, count, forms }) => ({
    entity,
    count,
    forms: [...forms].sort((a, b) => b.count - a.count),
  }));
  entities.sort((a, b) => b.count - a.count);
  return { url, contentType, active, blocks, entities };
}
