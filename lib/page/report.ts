/**
 * What the content script reports about its page: the watched entities found, with counts,
 * the forms seen and the sentence each mention stands in (for the popup and its exports).
 */
import type { EntityId } from '@/lib/entities/types';

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
  /** Number of text blocks scanned (visible text, block by block). */
  blocks: number;
  entities: EntityOnPage[];
}
