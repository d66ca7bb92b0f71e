import { describe, expect, it } from 'vitest';
import type { PageMentionsReport } from '@/lib/page/read/report';
import { csvCell, reportCsv, reportMarkdown } from '@/lib/ui/popup/export';

const report: PageMentionsReport = {
  url: 'https://news.example/a',
  title: 'Steppe news | today',
  contentType: 'text/html',
  active: true,
  blocks: 4,
  entities: [
    {
      entity: 'kazakhstan',
      count: 3,
      forms: [
        { form: 'Kazakhstan', count: 2, sentence: 'Kazakhstan, he said, "will decide".' },
        { form: 'Казахстана', count: 1, sentence: 'Из Казахстана | пишут.' },
      ],
      occurrences: [
        { form: 'Kazakhstan', sentence: 'Kazakhstan, he said, "will decide".' },
        { form: 'Kazakhstan', sentence: '=HYPERLINK("http://evil.example","Kazakhstan")' },
        { form: 'Казахстана', sentence: 'Из Казахстана | пишут.' },
      ],
    },
  ],
  painted: 3,
};
const nameOf = (id: string) => (id === 'kazakhstan' ? 'Kazakhstan' : id);
const at = new Date('2026-11-21T10:00:00Z');

describe('exports', () => {
  it('CSV has one row per occurrence, with the page and the time, every field quoted and quotes doubled', () => {
    const page = '"Steppe news | today","https://news.example/a","2026-11-21T10:00:00.000Z"';
    expect(reportCsv(report, nameOf, at)).toBe(
      [
        '"entity","entity_id","form","sentence","page_title","page_url","exported_at"',
        `"Kazakhstan","kazakhstan","Kazakhstan","Kazakhstan, he said, ""will decide"".",${page}`,
        `"Kazakhstan","kazakhstan","Kazakhstan","'=HYPERLINK(""http://evil.example"",""Kazakhstan"")",${page}`,
        `"Kazakhstan","kazakhstan","Казахстана","Из Казахстана | пишут.",${page}`,
        '',
      ].join('\r\n'),
    );
  });

  it.each([
    ['=1+1', `"'=1+1"`],
    ['+7 701 000 00 00', `"'+7 701 000 00 00"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1+1', `"' =1+1"`],
    ['\r=1+1', `"' =1+1"`],
    ['  =1+1', `"' =1+1"`],
    ['Kazakhstan = 1', '"Kazakhstan = 1"'],
    ['He said "=1"', '"He said ""=1"""'],
  ])('CSV neutralises a formula as OWASP recommends, text kept readable: %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('a page title or form starting with a formula character is neutralised too', () => {
    const hostile = { ...report, title: '=cmd|calc' };
    expect(reportCsv(hostile, nameOf, at)).toContain(`"'=cmd|calc"`);
  });

  it('Markdown names the page and the time, and lists every occurrence with pipes escaped', () => {
    const md = reportMarkdown(report, nameOf, at);
    expect(md).toContain('# Mentions on Steppe news \\| today');
    expect(md).toContain('<https://news.example/a>');
    expect(md).toContain('Found by Backstory on 2026-11-21.');
    expect(md).toContain('Exported at 2026-11-21T10:00:00.000Z.');
    expect(md).toContain('## Kazakhstan ×3');
    expect(md).toContain('| 1 | Kazakhstan | Kazakhstan, he said, "will decide". |');
    expect(md).toContain('| 3 | Казахстана | Из Казахстана \\| пишут. |');
    expect(md.match(/^\| \d+ \|/gm)).toHaveLength(3);
  });

  it('Markdown falls back to the URL when the page has no title', () => {
    expect(reportMarkdown({ ...report, title: '' }, nameOf, at)).toContain('# Mentions on https://news.example/a');
  });
});
