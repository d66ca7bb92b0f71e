/**
 * Citations of corpus passages, in plain text and Markdown. They carry the real metadata as far
 * as it is known (title, date with its precision, language, corpus id) and say plainly when a
 * title or a translation was written by the Backstory project rather than the publisher.
 */
import type { PassageView } from '@/lib/corpus/types';
import { formatDate, languageName } from './format';

function facts(p: PassageView): { title: string; date: string; language: string; id: string } {
  const doc = p.document;
  const title = doc.title.editorial ? `${doc.title.text} [title by Backstory]` : doc.title.text;
  const version = p.citation.corpusVersion.slice(0, 12);
  return {
    title,
    date: formatDate(doc.date),
    language: languageName(p.language),
    id: `Backstory corpus ${version}, document ${p.citation.documentId}, paragraph ${p.citation.paragraph}`,
  };
}

export function citationPlain(p: PassageView): string {
  const f = facts(p);
  const lines = [`“${p.text.trim()}”`];
  if (p.translation) {
    lines.push(`Translation (editorial, by Backstory; not the publisher's): “${p.translation.text.trim()}”`);
  }
  lines.push(`— ${f.title}. ${p.document.source}. ${f.date}. In ${f.language}. ${f.id}.`);
  return lines.join('\n');
}

const mdEscape = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

export function citationMarkdown(p: PassageView): string {
  const f = facts(p);
  const quote = (text: string) => text.trim().split('\n').map((l) => `> ${mdEscape(l)}`).join('\n');
  const parts = [quote(p.text)];
  if (p.translation) {
    parts.push(`>\n> *Translation (editorial, by Backstory; not the publisher's):* ${mdEscape(p.translation.text.trim())}`);
  }
  parts.push(`\n— *${mdEscape(f.title)}*. ${mdEscape(p.document.source)}. ${f.date}. In ${f.language}. \`${f.id}\`.`);
  return parts.join('\n');
}
