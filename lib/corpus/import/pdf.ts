/**
 * PDF files through pdf.js (`pdfjs-dist`). The caller passes pdf.js's `getDocument`, set up for
 * its environment: the library page points it at the worker file shipped inside the extension
 * (never a CDN), tests use the Node build. A PDF that asks for a password is refused as
 * encrypted; one whose pages carry no text (a scan) is refused as having no text layer.
 */
import { ImportError, paragraphsToText, titleFromFileName, UNKNOWN_DATE, type ImportDraft } from './draft';
import { isoDate } from './html-meta';
import { detectDocumentLanguage } from './language';
import { pageParagraphs, type TextRun } from './pdf-text';

/** The part of pdf.js this module uses (structurally typed, so both builds fit). */
export interface PdfJs {
  getDocument(src: { data: Uint8Array; isEvalSupported?: boolean; useSystemFonts?: boolean }): {
    promise: Promise<PdfDocument>;
    destroy(): Promise<void>;
  };
}

interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: ReadonlyArray<object> }> }>;
  getMetadata(): Promise<{ info: object }>;
}

const isRun = (item: object): item is TextRun => 'str' in item && 'transform' in item;

/** 'D:20221128093000+03'00'' → 2022-11-28. */
function pdfDate(value: unknown) {
  const m = typeof value === 'string' ? /^D:(\d{4})(\d{2})?(\d{2})?/.exec(value) : null;
  return m ? isoDate([m[1], m[2], m[3]].filter(Boolean).join('-'), 'pdfInfo') : null;
}

export async function parsePdf(bytes: Uint8Array, file: string, pdfjs: PdfJs): Promise<ImportDraft> {
  const task = pdfjs.getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false });
  try {
    let doc: PdfDocument;
    try {
      doc = await task.promise;
    } catch (error) {
      const name = (error as { name?: string } | null)?.name;
      if (name === 'PasswordException') throw new ImportError('pdfEncrypted');
      throw new ImportError('pdfBroken', [error instanceof Error ? error.message : String(error)]);
    }
    const paragraphs: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      paragraphs.push(...pageParagraphs(content.items.filter(isRun)));
    }
    const text = paragraphsToText(paragraphs);
    if (text === '') throw new ImportError('pdfNoText');
    const info = (await doc.getMetadata().catch(() => ({ info: {} }))).info as Record<string, unknown>;
    const title = typeof info.Title === 'string' && info.Title.trim() !== '' ? info.Title.trim() : titleFromFileName(file);
    return {
      file,
      format: 'pdf',
      title,
      text,
      language: detectDocumentLanguage(text),
      date: pdfDate(info.CreationDate) ?? UNKNOWN_DATE,
      source: '',
      url: '',
      byline: typeof info.Author === 'string' ? info.Author.trim() : '',
    };
  } finally {
    await task.destroy();
  }
}
