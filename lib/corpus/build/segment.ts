/**
 * Splits documents into passages (one non-empty line = one paragraph = one passage) and
 * passages into sentences with `Intl.Segmenter`, which knows the danda (।) and other scripts'
 * sentence ends. Offsets are string indices into the passage text.
 */

export interface Paragraph {
  /** The line without its line break (a trailing \r is dropped too). */
  text: string;
  /** 1-based number among the non-empty lines. */
  number: number;
}

/** Non-empty lines of a document, numbered from 1. Blank lines separate nothing extra. */
export function splitParagraphs(document: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const raw of document.split('\n')) {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim() !== '') paragraphs.push({ text, number: paragraphs.length + 1 });
  }
  return paragraphs;
}

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    // An unknown or malformed tag must not break indexing: fall back to the root locale.
    let locale: string | undefined;
    try {
      locale = Intl.Segmenter.supportedLocalesOf([lang]).length > 0 ? lang : undefined;
    } catch {
      locale = undefined;
    }
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Sentence ranges [start, end) with surrounding white space trimmed off; empty ones dropped. */
export function sentenceRanges(text: string, lang: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const { segment, index } of sentenceSegmenter(lang).segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const trail = segment.length - segment.trimEnd().length;
    const start = index + lead;
    const end = index + segment.length - trail;
    if (end > start) ranges.push([start, end]);
  }
  return ranges;
}
