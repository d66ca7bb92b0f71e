/** Each import parser on its own fixture, and every bad input refused with its own reason. */
import { describe, expect, it } from 'vitest';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { parseFile, type ParseEnvironment } from '@/lib/corpus/import/parse';
import { MAX_FILE_BYTES } from '@/lib/corpus/import/limits';
import type { PdfJs } from '@/lib/corpus/import/pdf';
import { fixture } from './fixtures';

// Node has no DOMParser: formats that need one are tested in html.dom.test.ts.
const env: ParseEnvironment = {
  parser: undefined as unknown as DOMParser,
  pdfjs: async () => pdfjs as unknown as PdfJs,
};

const parse = (name: string) => parseFile(fixture(name), env);

describe('text and Markdown', () => {
  it('joins hard-wrapped lines into paragraphs and detects English', async () => {
    const { drafts, problems } = await parse('dispatch.txt');
    expect(problems).toEqual([]);
    expect(drafts[0]).toMatchObject({ format: 'txt', title: 'dispatch', language: 'en' });
    expect(drafts[0]!.text.split('\n')).toEqual([
      'Dispatch from Almaty',
      'The wheat harvest in Kazakhstan broke records this autumn, farmers near Kostanay said, and the grain terminals at the border worked through the night.',
      'Exporters expect the quetzal-green barges to leave the Caspian ports before the ice.',
    ]);
  });

  it('takes the Markdown heading as title and drops the marks', async () => {
    const { drafts } = await parse('briefing.md');
    expect(drafts[0]!.title).toBe('Briefing on the alliance');
    expect(drafts[0]!.text.split('\n')).toEqual([
      'Briefing on the alliance',
      'The CSTO held a staff exercise near Dushanbe, with observers from six countries.',
      'Logistics units practised a river crossing codenamed Marigold.',
      'Medical teams trained with field hospitals.',
    ]);
  });
});

describe('JSON batches', () => {
  it('reads {documents: [...]} with paragraphs, text, dates and translations', async () => {
    const { drafts, problems } = await parse('batch.json');
    expect(problems).toEqual([]);
    expect(drafts.map((d) => [d.file, d.title, d.language, d.date.value, d.date.precision])).toEqual([
      ['batch.json #1', 'Grain corridor talks', 'en', '2024-09', 'month'],
      ['batch.json #2', 'Переговоры о поставках', 'ru', '2024', 'year'],
    ]);
    expect(drafts[0]).toMatchObject({ source: 'Caspian Monitor', url: 'https://caspian-monitor.invalid/grain-corridor' });
    expect(drafts[1]!.translations).toEqual(['Kazakhstan and the CSTO discussed grain supplies along the Saksaul route.']);
  });

  it('keeps the good lines of a .jsonl and names each bad one with its reason', async () => {
    const { drafts, problems } = await parse('batch.jsonl');
    expect(drafts.map((d) => d.title)).toEqual(['Border post reopens']);
    expect(problems).toEqual([
      { file: 'batch.jsonl line 4', code: 'malformedJson', args: [expect.stringMatching(/JSON/)] },
      { file: 'batch.jsonl line 2', code: 'wrongShape', args: ['text', expect.stringMatching(/either "text" or "paragraphs"|missing/)] },
      { file: 'batch.jsonl line 3', code: 'wrongShape', args: ['colour', 'is not a field of a document'] },
    ]);
  });

  it('refuses malformed JSON and JSON of the wrong shape, naming the field', async () => {
    expect((await parse('malformed.json')).problems).toEqual([
      { file: 'malformed.json', code: 'malformedJson', args: [expect.any(String)] },
    ]);
    expect((await parse('wrong-shape.json')).problems).toEqual([
      { file: 'wrong-shape.json', code: 'wrongShape', args: ['title', 'is missing'] },
    ]);
  });

  it('refuses translations that do not line up with the paragraphs, and a date that does not fit its precision', async () => {
    const bad = (doc: object) => parseFile({ name: 'x.json', bytes: new TextEncoder().encode(JSON.stringify(doc)) }, env);
    expect((await bad({ title: 'T', text: 'One.\nTwo.', translations: ['Only one'] })).problems[0]).toMatchObject({
      code: 'wrongShape', args: ['translations', '1 given for 2 paragraphs'],
    });
    expect((await bad({ title: 'T', text: 'One.', date: { value: '2024-13', precision: 'day' } })).problems[0]).toMatchObject({
      code: 'wrongShape', args: ['date.value', expect.stringContaining('does not fit precision day')],
    });
  });
});

describe('PDF', () => {
  it('rebuilds paragraphs from the text layer and reads the title, author and date', async () => {
    const { drafts, problems } = await parse('report.pdf');
    expect(problems).toEqual([]);
    expect(drafts[0]).toMatchObject({ format: 'pdf', title: 'S-300 deliveries', byline: 'Backstory tests', language: 'en' });
    expect(drafts[0]!.date).toMatchObject({ value: '2025-03-14', precision: 'day' });
    expect(drafts[0]!.text.split('\n')).toEqual([
      'The S-300 batteries reached Kazakhstan in 2025, officials said, after talks within the CSTO in Astana.',
      'A second paragraph follows on the same page, about the delivery schedule and the training of crews.',
    ]);
  });

  it('refuses a PDF without a text layer, and one that needs a password', async () => {
    expect((await parse('scanned.pdf')).problems).toEqual([{ file: 'scanned.pdf', code: 'pdfNoText', args: [] }]);
    expect((await parse('encrypted.pdf')).problems).toEqual([{ file: 'encrypted.pdf', code: 'pdfEncrypted', args: [] }]);
  });
});

describe('DOCX', () => {
  it('reads the paragraphs with mammoth, the first one as title', async () => {
    const { drafts, problems } = await parse('notes.docx');
    expect(problems).toEqual([]);
    expect(drafts[0]!.title).toBe('Notes from Astana');
    expect(drafts[0]!.text.split('\n')).toEqual([
      'Notes from Astana',
      'Delegates of the Collective Security Treaty Organization met in Astana on Monday; Kazakhstan chaired the session.',
      'The ministers agreed to meet again in the spring to review joint exercises.',
    ]);
  });

  it('refuses a file that is not a Word package', async () => {
    const { problems } = await parseFile({ name: 'fake.docx', bytes: new TextEncoder().encode('not a zip at all') }, env);
    expect(problems[0]).toMatchObject({ file: 'fake.docx', code: 'docxBroken' });
  });
});

describe('checks before any parser', () => {
  it('refuses an empty file, a blank one, a binary one, an unknown type and one over the limit (stating it)', async () => {
    expect((await parse('empty.txt')).problems).toEqual([{ file: 'empty.txt', code: 'empty', args: [] }]);
    expect((await parse('blank.md')).problems).toEqual([{ file: 'blank.md', code: 'empty', args: [] }]);
    expect((await parse('binary.txt')).problems).toEqual([{ file: 'binary.txt', code: 'binary', args: [] }]);
    expect((await parseFile({ name: 'photo.jpg', bytes: new Uint8Array([1]) }, env)).problems).toEqual([
      { file: 'photo.jpg', code: 'unsupported', args: ['.jpg'] },
    ]);
    const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(97);
    expect((await parseFile({ name: 'big.txt', bytes: big }, env)).problems).toEqual([{ file: 'big.txt', code: 'tooLarge', args: ['25'] }]);
  });

  it('refuses text that is not UTF-8', async () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]);
    expect((await parseFile({ name: 'cafe.txt', bytes: latin1 }, env)).problems[0]?.code).toBe('binary');
  });
});
