/**
 * A page's own metadata, as publishers write it: JSON-LD (`NewsArticle` and friends), OpenGraph
 * and `article:` meta tags, `<meta name=author>`, `<link rel=canonical>`, `<time datetime>`.
 * JSON-LD is only parsed as data (JSON.parse), never run. Each field says where it was found.
 */
import type { DatePrecision } from '../types';
import { UNKNOWN_DATE, type DraftDate } from './draft';

export interface PageMeta {
  title: string;
  byline: string;
  site: string;
  url: string;
  date: DraftDate;
  lang: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const nameOf = (v: unknown): string =>
  Array.isArray(v) ? v.map(nameOf).filter(Boolean).join(', ') : isObj(v) ? text(v.name) : text(v);

/** '2022-11-28T09:00:00+03:00' → day precision; '2022-11' → month; '2022' → year. */
export function isoDate(value: string, inferredFrom: string): DraftDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (!m) {
    const parsed = Date.parse(value);
    if (Number.isNaN(parsed)) return null;
    return { value: new Date(parsed).toISOString().slice(0, 10), precision: 'day', inferredFrom };
  }
  const [, y, mo, d] = m;
  const precision: DatePrecision = d ? 'day' : mo ? 'month' : 'year';
  return { value: [y, mo, d].filter(Boolean).join('-'), precision, inferredFrom };
}

function jsonLdObjects(doc: Document): Obj[] {
  const out: Obj[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObj(v)) {
      out.push(v);
      if (Array.isArray(v['@graph'])) visit(v['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD is the page's problem: the other sources still count.
    }
  }
  return out;
}

function meta(doc: Document, key: string): string {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return text(el?.getAttribute('content'));
}

export function readPageMeta(doc: Document, pageUrl = ''): PageMeta {
  const ld = jsonLdObjects(doc).find((o) => 'datePublished' in o || 'headline' in o) ?? {};
  const ldDate = text(ld.datePublished) && isoDate(text(ld.datePublished), 'jsonLd');
  const ogDate = meta(doc, 'article:published_time') && isoDate(meta(doc, 'article:published_time'), 'openGraph');
  const timeValue = doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? '';
  const timeDate = timeValue && isoDate(timeValue, 'timeElement');
  return {
    title: text(ld.headline) || meta(doc, 'og:title') || text(doc.title),
    byline: nameOf(ld.author) || meta(doc, 'author') || meta(doc, 'article:author'),
    site: nameOf(ld.publisher) || meta(doc, 'og:site_name'),
    url: text(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) || meta(doc, 'og:url') || pageUrl,
    date: ldDate || ogDate || timeDate || UNKNOWN_DATE,
    lang: text(doc.documentElement.getAttribute('lang')),
  };
}
