/** The library's words for counts and import problems (problems travel as codes, see draft.ts). */
import type { ImportProblem, ProblemCode } from '@/lib/corpus/import/draft';
import type { DatePrecision } from '@/lib/corpus/types';
import { t, tPlural, type MessageKey } from '@/lib/i18n';

/** "1 document", "3 documents", by the UI language's plural rules. */
export const documentsCount = (n: number) => tPlural('docDocuments', n);
export const passagesCount = (n: number) => tPlural('docPassages', n);

const PROBLEMS: Record<ProblemCode, MessageKey> = {
  empty: 'docProblemEmpty',
  binary: 'docProblemBinary',
  tooLarge: 'docProblemTooLarge',
  unsupported: 'docProblemUnsupported',
  malformedJson: 'docProblemMalformedJson',
  wrongShape: 'docProblemWrongShape',
  pdfEncrypted: 'docProblemPdfEncrypted',
  pdfNoText: 'docProblemPdfNoText',
  pdfBroken: 'docProblemPdfBroken',
  docxBroken: 'docProblemDocxBroken',
  noText: 'docProblemNoText',
  duplicate: 'docProblemDuplicate',
  unknownLanguage: 'docProblemUnknownLanguage',
  badDate: 'docProblemBadDate',
  quota: 'docProblemQuota',
  failed: 'docProblemFailed',
};

export function problemText(problem: ImportProblem): string {
  return t(PROBLEMS[problem.code], problem.args);
}

export const PRECISIONS: Array<[DatePrecision, MessageKey]> = [
  ['day', 'docPrecisionDay'],
  ['month', 'docPrecisionMonth'],
  ['year', 'docPrecisionYear'],
  ['year-range', 'docPrecisionRange'],
  ['unknown', 'docPrecisionUnknown'],
];

/** How a date of each precision is written, for the hint next to a wrong one. */
export const DATE_SHAPES: Record<DatePrecision, string> = {
  day: 'YYYY-MM-DD',
  month: 'YYYY-MM',
  year: 'YYYY',
  'year-range': 'YYYY/YYYY',
  unknown: '',
};
