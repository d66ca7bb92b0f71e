/**
 * One entry point for every format: a file's bytes in, drafts and problems out. Checks that
 * apply to all formats (size, empty, binary, unknown extension) come first; a problem with one
 * file never stops the others. The environment (DOM parser, pdf.js) is a parameter.
 */
import { problemOf, type ImportDraft, type ImportProblem } from './draft';
import { parseDocx } from './docx';
import { parseHtml } from './html';
import { parseJson, parseJsonLines, type BatchResult } from './json';
import { checkSize, decodeText, formatOf } from './limits';
import { parsePdf, type PdfJs } from './pdf';
import { parseText } from './text';

export interface ParseEnvironment {
  parser: DOMParser;
  /** Loaded on first use: pdf.js is large and most imports have no PDF. */
  pdfjs: () => Promise<PdfJs>;
}

export interface NamedBytes {
  name: string;
  bytes: Uint8Array;
}

async function parseOne(file: NamedBytes, env: ParseEnvironment): Promise<BatchResult> {
  const format = formatOf(file.name);
  const one = (draft: ImportDraft): BatchResult => ({ drafts: [draft], problems: [] });
  switch (format) {
    case 'pdf':
      checkSize(file.bytes.byteLength);
      return one(await parsePdf(file.bytes, file.name, await env.pdfjs()));
    case 'docx':
      checkSize(file.bytes.byteLength);
      return one(await parseDocx(file.bytes, file.name));
    case 'html':
      return one(parseHtml(decodeText(file.bytes), file.name, { parser: env.parser }));
    case 'json': {
      const text = decodeText(file.bytes);
      const result = /\.(?:jsonl|ndjson)$/i.test(file.name) ? parseJsonLines(text, file.name) : parseJson(text, file.name);
      if (result.drafts.length === 0 && result.problems.length === 0) return { drafts: [], problems: [{ file: file.name, code: 'empty', args: [] }] };
      return result;
    }
    default:
      return one(parseText(decodeText(file.bytes), file.name, format === 'md'));
  }
}

export async function parseFile(file: NamedBytes, env: ParseEnvironment): Promise<BatchResult> {
  try {
    return await parseOne(file, env);
  } catch (error) {
    return { drafts: [], problems: [problemOf(file.name, error)] };
  }
}

export function problemsOnly(problems: ImportProblem[]): BatchResult {
  return { drafts: [], problems };
}
