/**
 * The manifest that travels beside each corpus document (`seeds/<id>.json`): who wrote the
 * title and translations, what the date refers to and how sure it is. Validated by hand so a
 * broken manifest fails the build with every problem listed, not with the first `undefined`.
 */
import type { DocumentDate } from '../types';

/** One paragraph (= one non-empty line) of the document: an editorial translation, or a note
 *  that the line is already in English. */
export type ManifestParagraph =
  | { translation: string; note?: string }
  | { original: 'en'; note?: string };

export interface Manifest {
  format: 1;
  id: string;
  file: string;
  sha256: string;
  language: string;
  title: { text: string; language: string; editorial: boolean };
  source: string;
  date: DocumentDate;
  /** The publication date; always about publication, so `refersTo` is implied. */
  published: Omit<DocumentDate, 'refersTo'>;
  translation: { language: 'en'; editorial: true; by: string; note?: string };
  paragraphs: ManifestParagraph[];
}

export class ManifestError extends Error {
  constructor(where: string, readonly problems: string[]) {
    super(`${where}: invalid manifest:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ManifestError';
  }
}

const BCP47 = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const ISO_DAY = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const PRECISIONS = new Set(['day', 'month', 'year', 'year-range', 'unknown']);
const REFERS_TO = new Set(['publication', 'event', 'content']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function checkDate(v: unknown, path: string, problems: string[], refersTo?: string): void {
  if (!isObj(v)) return void problems.push(`${path} must be an object`);
  if (!PRECISIONS.has(v.precision as string)) problems.push(`${path}.precision must be one of ${[...PRECISIONS].join(', ')}`);
  if (refersTo === undefined && !REFERS_TO.has(v.refersTo as string)) {
    problems.push(`${path}.refersTo must be one of ${[...REFERS_TO].join(', ')}`);
  }
  if (!isText(v.inferredFrom)) problems.push(`${path}.inferredFrom must say how the date was inferred`);
  if (v.precision === 'unknown') {
    if (v.value !== null) problems.push(`${path}.value must be null when the precision is unknown`);
  } else if (typeof v.value !== 'string') {
    problems.push(`${path}.value must be a string`);
  } else if (v.precision === 'year-range' ? !/^\d{4}\/\d{4}$/.test(v.value) : !ISO_DAY.test(v.value)) {
    problems.push(`${path}.value "${v.value}" does not fit precision ${String(v.precision)}`);
  }
  for (const bound of ['earliest', 'latest'] as const) {
    if (v[bound] !== undefined && !(typeof v[bound] === 'string' && ISO_DAY.test(v[bound]))) {
      problems.push(`${path}.${bound} must be an ISO date`);
    }
  }
}

function checkParagraph(p: unknown, i: number, problems: string[]): void {
  const path = `paragraphs[${i}]`;
  if (!isObj(p)) return void problems.push(`${path} must be an object`);
  if (p.note !== undefined && !isText(p.note)) problems.push(`${path}.note must be non-empty text`);
  if ('original' in p) {
    if (p.original !== 'en') problems.push(`${path}.original must be "en"`);
    if ('translation' in p) problems.push(`${path} has both original and translation`);
  } else if (!isText(p.translation)) {
    problems.push(`${path} needs a translation (or "original": "en" for a line already in English)`);
  }
}

/** Checks the shape of a parsed manifest; throws a ManifestError listing every problem. */
export function parseManifest(value: unknown, where: string): Manifest {
  const problems: string[] = [];
  if (!isObj(value)) throw new ManifestError(where, ['the manifest must be a JSON object']);
  const m = value;
  if (m.format !== 1) problems.push('format must be 1');
  for (const key of ['id', 'file', 'source'] as const) if (!isText(m[key])) problems.push(`${key} must be non-empty text`);
  if (typeof m.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(m.sha256)) problems.push('sha256 must be 64 hex digits');
  if (typeof m.language !== 'string' || !BCP47.test(m.language)) problems.push('language must be a BCP 47 tag');
  if (!isObj(m.title) || !isText(m.title.text) || m.title.editorial !== true || m.title.language !== 'en') {
    problems.push('title must be { text, language: "en", editorial: true }');
  }
  checkDate(m.date, 'date', problems);
  checkDate(m.published, 'published', problems, 'publication');
  const t = m.translation;
  if (!isObj(t) || t.language !== 'en' || t.editorial !== true || !isText(t.by)) {
    problems.push('translation must be { language: "en", editorial: true, by }');
  }
  if (!Array.isArray(m.paragraphs) || m.paragraphs.length === 0) problems.push('paragraphs must be a non-empty array');
  else m.paragraphs.forEach((p, i) => checkParagraph(p, i, problems));
  if (problems.length > 0) throw new ManifestError(where, problems);
  return m as unknown as Manifest;
}

/** Cross-checks a manifest against its document's paragraphs (translations must line up). */
export function checkManifestAgainst(manifest: Manifest, paragraphs: readonly string[], sha256: string): void {
  const problems: string[] = [];
  if (sha256 !== manifest.sha256) problems.push(`${manifest.file} has SHA-256 ${sha256}, the manifest expects ${manifest.sha256}`);
  if (paragraphs.length !== manifest.paragraphs.length) {
    problems.push(`${manifest.file} has ${paragraphs.length} paragraphs, the manifest ${manifest.paragraphs.length}`);
  }
  if (problems.length > 0) throw new ManifestError(manifest.id, problems);
}
