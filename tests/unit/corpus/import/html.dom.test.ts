/** HTML imports: Readability on a DOMParser document, the page's metadata, and nothing of the page ever runs. */
import { describe, expect, it } from 'vitest';
import { parseFile } from '@/lib/corpus/import/parse';
import { parseHtml } from '@/lib/corpus/import/html';
import { fixture } from './fixtures';

const env = { parser: new DOMParser(), pdfjs: () => Promise.reject(new Error('no PDF here')) };

describe('parseHtml', () => {
  it('keeps the article text, one paragraph per block, with title, byline, site, URL and date from the metadata', async () => {
    const { drafts, problems } = await parseFile(fixture('article.html'), env);
    expect(problems).toEqual([]);
    const draft = drafts[0]!;
    expect(draft).toMatchObject({
      format: 'html',
      title: 'Air defence upgrade reaches the steppe',
      byline: 'Aigerim Sadykova',
      source: 'The Steppe Courier',
      url: 'https://steppe-courier.invalid/2025/06/air-defence',
      language: 'en',
      date: { value: '2025-06-02', precision: 'day', inferredFrom: 'jsonLd' },
    });
    const paragraphs = draft.text.split('\n');
    expect(paragraphs.some((p) => p.startsWith('Engineers finished refitting the S-300 batteries'))).toBe(true);
    expect(paragraphs.some((p) => p.includes('simulators nicknamed Tumbleweed'))).toBe(true);
    // The navigation, the footer and every script stay out.
    expect(draft.text).not.toMatch(/Subscribe|Home|__ran|HACKED|document\.title/);
  });

  it('runs nothing of the page: no script, no onload, no onerror, no onclick', async () => {
    (globalThis as { __ran?: boolean }).__ran = false;
    await parseFile(fixture('article.html'), env);
    expect((globalThis as { __ran?: boolean }).__ran).toBe(false);
    expect(document.title).not.toBe('HACKED');
  });

  it('falls back to OpenGraph and <time> when there is no JSON-LD, and to the page language', () => {
    const html = `<html lang="de"><head><meta property="og:site_name" content="Tagesblatt">
      <meta property="article:published_time" content="2024-05"></head><body><article><h1>Titel</h1>
      <p>Die Regierung in Astana hat am Montag neue Regeln für den Getreidehandel beschlossen, wie das Ministerium mitteilte.</p>
      <p>Die Händler begrüßten die Entscheidung und erwarten steigende Exporte in die Nachbarländer.</p></article></body></html>`;
    const draft = parseHtml(html, 'x.html', { parser: new DOMParser() });
    expect(draft).toMatchObject({ source: 'Tagesblatt', language: 'de', date: { value: '2024-05', precision: 'month', inferredFrom: 'openGraph' } });
  });

  it('refuses a page with no text', async () => {
    const bytes = new TextEncoder().encode('<html><body><script>alert(1)</script><img src=x></body></html>');
    expect((await parseFile({ name: 'empty.html', bytes }, env)).problems).toEqual([{ file: 'empty.html', code: 'noText', args: [] }]);
  });
});
