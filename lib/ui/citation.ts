/**
 * Citations of corpus passages, in plain text and Markdown. They carry the real metadata as far
 * as it is known (title, date with its precision, language, corpus id) and say plainly when a
 * title or a translation was written by the Backstory project rather than the publisher.
 */
import type { PassageView } from '@/lib/corpus/types';
import { t } from '@/lib/i18n';
import { formatDate, languageName } from './format';

function facts(p: PassageView): { title: string; date: string; language: string; id: string } {
  const doc = p.document;
  const title = doc.title.editorial ? t('citeEditorialTitle', [doc.title.text]) : doc.title.text;
  const version = p.citation.corpusVersion.slice(0, 12);
  return {
    title,
    date: formatDate(doc.date),
    language: languageName(p.language),
    id: t('citeCorpusId', [version, p.citation.documentId, String(p.citation.paragraph)]),
  };
}

/** Who wrote and published it, and where: the parts that are known, in citation order. */
function origin(p: PassageView): string[] {
  const doc = p.document;
  return [doc.byline, doc.source, doc.url].filter((part): part is string => !!part && part.trim() !== '');
}

export function citationPlain(p: PassageView): string {
  const f = facts(p);
  const lines = [`“${p.text.trim()}”`];
  if (p.translation) {
    lines.push(`${t('citeTranslation')} “${p.translation.text.trim()}”`);
  }
  lines.push(`— ${[f.title, ...origin(p)].join('. ')}. ${f.date}. ${t('citeLanguage', [f.language])} ${f.id}.`);
  return lines.join('\n');
}

const mdEscape = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

export function citationMarkdown(p: PassageView): string {
  const f = facts(p);
  const quote = (text: string) => text.trim().split('\n').map((l) => `> ${mdEscape(l)}`).join('\n');
  const parts = [quote(p.text)];
  if (p.translation) {
    parts.push(`>\n> *${t('citeTranslation')}* ${mdEscape(p.translation.text.trim())}`);
  }
  const from = origin(p).map((part) => (part === p.document.url ? `<${part}>` : mdEscape(part)));
  parts.push(`\n— *${mdEscape(f.title)}*. ${[...from, ''].join('. ')}${f.date}. ${t('citeLanguage', [f.language])} \`${f.id}\`.`);
  return parts.join('\n');
}
