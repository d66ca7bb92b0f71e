/**
 * Files picked or dropped, and pasted text, turned into drafts on the page: HTML needs the
 * page's DOMParser (Workers have none), PDF runs in pdf.js's own worker, shipped with the
 * extension as /pdf.worker.min.mjs and never fetched from anywhere else.
 *
 * Both halves are pdf.js's legacy build: the modern one calls what the oldest Firefox the manifest
 * accepts (ESR 140) lacks — `Map.prototype.getOrInsertComputed`, `Math.sumPrecise` — and every
 * PDF failed there. The legacy build brings those as polyfills, in this page's realm only.
 */
import { browser } from 'wxt/browser';
import type { ImportDraft, ImportProblem } from '@/lib/corpus/import/draft';
import { MAX_FILE_BYTES, MAX_FILE_MB } from '@/lib/corpus/import/limits';
import { parseFile, type ParseEnvironment } from '@/lib/corpus/import/parse';
import type { PdfJs } from '@/lib/corpus/import/pdf';
import { paragraphsToText } from '@/lib/corpus/import/draft';
import { textDraft } from '@/lib/corpus/import/text-draft';

export const PDF_WORKER_PATH = '/pdf.worker.min.mjs';

let pdfjs: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = browser.runtime.getURL(PDF_WORKER_PATH as '/');
    return lib as unknown as PdfJs;
  });
  return pdfjs;
}

export function parseEnvironment(): ParseEnvironment {
  return { parser: new DOMParser(), pdfjs: loadPdfJs };
}

export interface ReadResult {
  drafts: ImportDraft[];
  problems: ImportProblem[];
}

export async function readFiles(files: readonly File[], onFile?: (done: number) => void): Promise<ReadResult> {
  const env = parseEnvironment();
  const out: ReadResult = { drafts: [], problems: [] };
  let done = 0;
  for (const file of files) {
    // Over the limit: refused before a single byte is read.
    if (file.size > MAX_FILE_BYTES) out.problems.push({ file: file.name, code: 'tooLarge', args: [MAX_FILE_MB] });
    else {
      const result = await parseFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, env);
      out.drafts.push(...result.drafts);
      out.problems.push(...result.problems);
    }
    onFile?.(++done);
  }
  return out;
}

/** Pasted text: one document, its first line as the title. */
export function draftFromPaste(text: string, label: string): ImportDraft | null {
  const body = paragraphsToText(text.split(/\n/));
  if (body === '') return null;
  const first = body.split('\n')[0] ?? label;
  return textDraft(label, 'paste', first.length <= 120 ? first : `${first.slice(0, 117)}…`, body);
}
