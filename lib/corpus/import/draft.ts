/**
 * What an import produces before anything is stored: one draft per document, with the metadata
 * the user can still edit (title, language, date and its precision, source, URL), or a problem
 * that names the file and says why it was refused. Problems are codes with arguments, not
 * sentences: the parsers also run in a Worker, where the UI's translations are not at hand.
 */
import type { DatePrecision } from '../types';

export type ImportFormat = 'txt' | 'md' | 'html' | 'json' | 'pdf' | 'docx' | 'paste' | 'article';

export interface DraftDate {
  /** '2022-11-28', '2022-11', '2022', '2010/2013', or null when unknown. */
  value: string | null;
  precision: DatePrecision;
  /** How it was found ("the page's JSON-LD", "entered by you"). */
  inferredFrom: string;
}

export interface ImportDraft {
  /** The file it came from ("report.pdf", "batch.jsonl #3"), or the pasted text's label. */
  file: string;
  format: ImportFormat;
  title: string;
  /** One paragraph per line. */
  text: string;
  /** BCP 47, or null when it could not be told: the user must choose before storing. */
  language: string | null;
  date: DraftDate;
  /** Who published it (site name, publisher); may be empty. */
  source: string;
  url: string;
  byline: string;
  /** English translations per paragraph (JSON batches only). */
  translations?: Array<string | null>;
}

export type ProblemCode =
  | 'empty'
  | 'binary'
  | 'tooLarge'
  | 'unsupported'
  | 'malformedJson'
  | 'wrongShape'
  | 'pdfEncrypted'
  | 'pdfNoText'
  | 'pdfBroken'
  | 'docxBroken'
  | 'noText'
  | 'duplicate'
  | 'unknownLanguage'
  | 'badDate'
  | 'quota'
  | 'failed';

/** Why one file (or one record of a batch) was refused. */
export interface ImportProblem {
  file: string;
  code: ProblemCode;
  /** Substitutions for the message: a field name, a limit, a line number, an error text. */
  args: string[];
}

export class ImportError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly args: string[] = [],
  ) {
    super(`${code}${args.length ? `: ${args.join(', ')}` : ''}`);
    this.name = 'ImportError';
  }
}

/** A problem for `file` from anything thrown while reading it. */
export function problemOf(file: string, error: unknown): ImportProblem {
  if (error instanceof ImportError) return { file, code: error.code, args: error.args };
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return { file, code: 'quota', args: [] };
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return { file, code: 'quota', args: [] };
  return { file, code: 'failed', args: [error instanceof Error ? error.message : String(error)] };
}

export const UNKNOWN_DATE: DraftDate = { value: null, precision: 'unknown', inferredFrom: '' };

/** One paragraph per line: runs of white space inside a paragraph become one space. */
export function paragraphsToText(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => p.replace(/\s+/gu, ' ').trim())
    .filter((p) => p !== '')
    .join('\n');
}

/** The file name without its folder and extension, as a fallback title. */
export function titleFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim() || base;
}
