/**
 * Word documents (.docx) through `mammoth`, which reads the document's paragraphs as plain text
 * (nothing embedded is run or kept). A file that is not a .docx package is refused as such.
 */
import mammoth from 'mammoth';
import { ImportError, paragraphsToText, titleFromFileName, UNKNOWN_DATE, type ImportDraft } from './draft';
import { detectDocumentLanguage } from './language';

export async function parseDocx(bytes: Uint8Array, file: string): Promise<ImportDraft> {
  let raw: string;
  try {
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // Browsers' mammoth reads `arrayBuffer`, Node's (tests) `buffer`: give both.
    raw = (await mammoth.extractRawText({ arrayBuffer, buffer: bytes } as { arrayBuffer: ArrayBuffer })).value;
  } catch (error) {
    throw new ImportError('docxBroken', [error instanceof Error ? error.message : String(error)]);
  }
  const text = paragraphsToText(raw.split(/\n+/));
  if (text === '') throw new ImportError('empty');
  const first = text.split('\n')[0] ?? '';
  return {
    file,
    format: 'docx',
    // A short first paragraph is the document's heading.
    title: first.length <= 120 ? first : titleFromFileName(file),
    text,
    language: detectDocumentLanguage(text),
    date: UNKNOWN_DATE,
    source: '',
    url: '',
    byline: '',
  };
}
