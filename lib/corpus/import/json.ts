/**
 * JSON and JSON Lines batches, checked against document-batch.schema.json (Ajv, precompiled).
 * A .json file holds one document, an array, or {"documents": [...]}; a .jsonl file one document
 * per line. Every record is checked on its own: a bad record is named ("batch.jsonl line 3",
 * "batch.json #2") with the field that is wrong, and the good ones still come through.
 */
import { validateDocument } from './batch-validator.generated.js';
import type { SchemaError } from './batch-validator.generated';
import { ImportError, paragraphsToText, problemOf, type DraftDate, type ImportDraft, type ImportProblem } from './draft';
import { detectDocumentLanguage, normaliseLanguageTag } from './language';
import { splitParagraphs } from '../build/segment';
import type { DatePrecision } from '../types';

interface BatchDocument {
  title: string;
  text?: string;
  paragraphs?: string[];
  language?: string;
  date?: { value?: string | null; precision: DatePrecision };
  source?: string;
  url?: string;
  byline?: string;
  translations?: Array<string | null>;
}

export interface BatchResult {
  drafts: ImportDraft[];
  problems: ImportProblem[];
}

/** The field an Ajv error is about, and what is wrong with it, for the user. */
function describe(errors: readonly SchemaError[]): string[] {
  // The most telling first: a field the document requires, an unknown field, then the
  // text-or-paragraphs choice, then anything else.
  const first =
    errors.find((e) => e.keyword === 'required' && !e.schemaPath.includes('oneOf')) ??
    errors.find((e) => e.keyword === 'additionalProperties') ??
    errors.find((e) => e.keyword === 'oneOf' && e.instancePath === '') ??
    errors[0];
  if (!first) return ['?', ''];
  const path = first.instancePath.replace(/^\//, '').replace(/\//g, '.');
  if (first.keyword === 'oneOf' && path === '') return ['text', 'give either "text" or "paragraphs", not both'];
  if (first.keyword === 'required' && first.schemaPath.includes('oneOf')) return ['text', 'give either "text" or "paragraphs"'];
  if (first.keyword === 'required') return [String(first.params.missingProperty), 'is missing'];
  if (first.keyword === 'additionalProperties') return [String(first.params.additionalProperty), 'is not a field of a document'];
  return [path || '(document)', first.message ?? first.keyword];
}

function dateOf(date: BatchDocument['date']): DraftDate {
  if (!date) return { value: null, precision: 'unknown', inferredFrom: '' };
  const value = date.value ?? null;
  const ok =
    date.precision === 'unknown' ? value === null :
    value !== null && (date.precision === 'year-range' ? /^\d{4}\/\d{4}$/.test(value) :
      { day: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ }[date.precision].test(value));
  if (!ok) throw new ImportError('wrongShape', ['date.value', `"${String(value)}" does not fit precision ${date.precision}`]);
  return { value, precision: date.precision, inferredFrom: 'batch' };
}

export function draftFromRecord(value: unknown, label: string): ImportDraft {
  if (!validateDocument(value)) throw new ImportError('wrongShape', describe(validateDocument.errors ?? []));
  const doc = value as BatchDocument;
  const text = paragraphsToText(doc.paragraphs ?? splitParagraphs(doc.text ?? '').map((p) => p.text));
  if (text === '') throw new ImportError('empty');
  const count = text.split('\n').length;
  if (doc.translations && doc.translations.length !== count) {
    throw new ImportError('wrongShape', ['translations', `${doc.translations.length} given for ${count} paragraphs`]);
  }
  const declared = doc.language ? normaliseLanguageTag(doc.language) : null;
  return {
    file: label,
    format: 'json',
    title: doc.title.trim(),
    text,
    language: declared ?? detectDocumentLanguage(text),
    date: dateOf(doc.date),
    source: doc.source?.trim() ?? '',
    url: doc.url?.trim() ?? '',
    byline: doc.byline?.trim() ?? '',
    ...(doc.translations ? { translations: doc.translations } : {}),
  };
}

function records(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null && !('title' in value) && 'documents' in value) {
    const list = (value as { documents: unknown }).documents;
    if (Array.isArray(list)) return list;
    throw new ImportError('wrongShape', ['documents', 'must be an array of documents']);
  }
  return [value];
}

function collect(items: Array<{ value: unknown; label: string }>, out: BatchResult): BatchResult {
  for (const { value, label } of items) {
    try {
      out.drafts.push(draftFromRecord(value, label));
    } catch (error) {
      out.problems.push(problemOf(label, error));
    }
  }
  return out;
}

export function parseJson(text: string, file: string): BatchResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ImportError('malformedJson', [error instanceof Error ? error.message : String(error)]);
  }
  const list = records(value);
  if (list.length === 0) throw new ImportError('empty');
  return collect(list.map((v, i) => ({ value: v, label: list.length === 1 ? file : `${file} #${i + 1}` })), { drafts: [], problems: [] });
}

export function parseJsonLines(text: string, file: string): BatchResult {
  const out: BatchResult = { drafts: [], problems: [] };
  const items: Array<{ value: unknown; label: string }> = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const label = `${file} line ${i + 1}`;
    try {
      items.push({ value: JSON.parse(line), label });
    } catch (error) {
      out.problems.push({ file: label, code: 'malformedJson', args: [error instanceof Error ? error.message : String(error)] });
    }
  });
  return collect(items, out);
}
