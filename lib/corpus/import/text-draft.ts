/**
 * A draft of text that brings no metadata of its own (a .txt or .md file, pasted text): its
 * language detected from the text, its date unknown, no source, URL or byline — for the
 * journalist to fill in the preview.
 */
import { UNKNOWN_DATE, type ImportDraft, type ImportFormat } from './draft';
import { detectDocumentLanguage } from './language';

export function textDraft(file: string, format: ImportFormat, title: string, text: string): ImportDraft {
  return { file, format, title, text, language: detectDocumentLanguage(text), date: UNKNOWN_DATE, source: '', url: '', byline: '' };
}
