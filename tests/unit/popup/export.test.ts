import { describe, expect, it } from 'vitest';
import type { PageMentionsReport } from '@/lib/page/report';
import { entityLine, reportCsv, reportMarkdown } from '@/lib/ui/popup/export';

const report: PageMentionsReport = {
  url: 'https://news.example/a',
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
    },
  ],
};
const nameOf = (id: string) => (id === 'kazakhstan' ? 'Kazakhstan' : id);

describe('exports', () => {
  it('CSV quotes every field and doubles quotes', () => {
    expect(reportCsv(report, nameOf)).toBe(
      [
        '"entity","entity_id","form","count","sentence"',
        '"Kazakhstan","kazakhstan","Kazakhstan","2","Kazakhstan, he said, ""will decide""."',
        '"Kazakhstan","kazakhstan","Казахстана","1","Из Казахстана | пишут."',
        '',
      ].join('\r\n'),
    );
  });

  it('Markdown has a table per entity with pipes escaped', () => {
    const md = reportMarkdown(report, nameOf, new Date('2026-11-21T10:00:00Z'));
    expect(md).toContain('# Mentions on https://news.example/a');
    expect(md).toContain('Found by Backstory on 2026-11-21.');
    expect(md).toContain('## Kazakhstan ×3');
    expect(md).toContain('| Казахстана | 1 | Из Казахстана \\| пишут. |');
  });

  it('summarises an entity on one line', () => {
    expect(entityLine('Kazakhstan', 7, [{ form: 'Kazakhstan' }, { form: 'Казахстана' }, { form: 'Kazakh' }])).toBe(
      'Kazakhstan ×7 — Kazakhstan, Казахстана, Kazakh',
    );
  });
});
