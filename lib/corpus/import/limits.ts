/**
 * What an import accepts, and the cheap checks made before any parser runs: the size limit, an
 * empty file, and bytes that are not text (a binary file renamed .txt).
 */
import { ImportError, type ImportFormat } from './draft';

/** Per file. Large enough for a long report as PDF; a batch may hold many files. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;
export const MAX_FILE_MB = String(MAX_FILE_BYTES / 1024 / 1024);

const EXTENSIONS: Record<string, ImportFormat> = {
  txt: 'txt', text: 'txt', md: 'md', markdown: 'md', html: 'html', htm: 'html',
  json: 'json', jsonl: 'json', ndjson: 'json', pdf: 'pdf', docx: 'docx',
};

/** The extensions the file picker offers. */
export const ACCEPTED = Object.keys(EXTENSIONS).map((e) => `.${e}`).join(',');

export function formatOf(fileName: string): ImportFormat {
  const ext = /\.([^.]+)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  const format = EXTENSIONS[ext];
  if (!format) throw new ImportError('unsupported', [ext ? `.${ext}` : fileName]);
  return format;
}

export function checkSize(bytes: number): void {
  if (bytes === 0) throw new ImportError('empty');
  if (bytes > MAX_FILE_BYTES) throw new ImportError('tooLarge', [MAX_FILE_MB]);
}

/**
 * Decodes bytes that must be UTF-8 text. NUL bytes or invalid UTF-8 mean a binary file; a
 * byte-order mark is dropped; text of white space only is empty.
 */
export function decodeText(bytes: Uint8Array): string {
  checkSize(bytes.byteLength);
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new ImportError('binary');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ImportError('binary');
  }
  if (text.trim() === '') throw new ImportError('empty');
  return text;
}
