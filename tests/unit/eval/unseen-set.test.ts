/**
 * The unseen set (tests/fixtures/eval/mentions-unseen.jsonl) and the second to fifth held-out
 * sets (mentions-heldout-2.jsonl … mentions-heldout-8.jsonl): real passages gathered to measure recognition on text the catalogue
 * was not built from (see the README beside them for what each still is). These tests assert only that the data is
 * well-formed and stays held out; how well the matcher scores on it is reported by
 * `npm run eval:unseen`, not asserted here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseExpected } from '@/lib/eval/dataset';
import { datasetProblems } from '@/lib/eval/validate';

const read = (name: string): string => readFileSync(`tests/fixtures/eval/${name}`, 'utf8');
const texts = (jsonl: string): string[] => parseExpected(jsonl).map((r) => r.text);
const unseen = read('mentions-unseen.jsonl');
const records = parseExpected(unseen);

describe('unseen evaluation set', () => {
  it('is well-formed and repeats no passage of the dev or audit set', () => {
    const others = [...texts(read('mentions-dev.jsonl')), ...texts(read('mentions-audit.jsonl'))];
    expect(datasetProblems(unseen, others)).toEqual([]);
  });

  it('has at least 300 passages in at least 40 languages, with near misses', () => {
    expect(records.length).toBeGreaterThanOrEqual(300);
    const languages = new Set(records.map((r) => r.lang.split('-')[0]));
    expect(languages.size).toBeGreaterThanOrEqual(40);
    const nearMisses = records.filter((r) => r.mentions.length === 0).length;
    expect(nearMisses / records.length).toBeGreaterThanOrEqual(0.1);
    for (const entity of ['kazakhstan', 'csto', 's300']) {
      expect(records.some((r) => r.mentions.some((m) => m.entity === entity)), entity).toBe(true);
    }
  });
});

describe('second held-out set', () => {
  const heldOut = read('mentions-heldout-2.jsonl');
  const lines = parseExpected(heldOut);

  it('is well-formed and repeats no passage of the dev, audit or unseen set', () => {
    const others = [...texts(read('mentions-dev.jsonl')), ...texts(read('mentions-audit.jsonl')), ...texts(unseen)];
    expect(datasetProblems(heldOut, others)).toEqual([]);
  });

  it('has at least 200 passages in at least 40 languages, with near misses of every kind of trap', () => {
    expect(lines.length).toBeGreaterThanOrEqual(200);
    expect(new Set(lines.map((r) => r.lang.split('-')[0])).size).toBeGreaterThanOrEqual(40);
    expect(lines.filter((r) => r.mentions.length === 0).length / lines.length).toBeGreaterThanOrEqual(0.1);
  });
});

describe('third held-out set', () => {
  const heldOut = read('mentions-heldout-3.jsonl');
  const lines = parseExpected(heldOut);

  it('is well-formed and repeats no passage of the dev, audit, unseen or second held-out set', () => {
    const others = [...texts(read('mentions-dev.jsonl')), ...texts(read('mentions-audit.jsonl')), ...texts(unseen), ...texts(read('mentions-heldout-2.jsonl'))];
    expect(datasetProblems(heldOut, others)).toEqual([]);
  });

  it('has at least 300 passages in at least 40 languages, with near misses', () => {
    expect(lines.length).toBeGreaterThanOrEqual(300);
    expect(new Set(lines.map((r) => r.lang.split('-')[0])).size).toBeGreaterThanOrEqual(40);
    expect(lines.filter((r) => r.mentions.length === 0).length / lines.length).toBeGreaterThanOrEqual(0.1);
  });
});

describe.each([
  ['fourth', 'mentions-heldout-4.jsonl', ['mentions-heldout-2.jsonl', 'mentions-heldout-3.jsonl']],
  ['fifth', 'mentions-heldout-5.jsonl', ['mentions-heldout-2.jsonl', 'mentions-heldout-3.jsonl', 'mentions-heldout-4.jsonl']],
  ['sixth', 'mentions-heldout-6.jsonl', ['mentions-heldout-2.jsonl', 'mentions-heldout-3.jsonl', 'mentions-heldout-4.jsonl', 'mentions-heldout-5.jsonl']],
  ['seventh', 'mentions-heldout-7.jsonl', ['mentions-heldout-2.jsonl', 'mentions-heldout-3.jsonl', 'mentions-heldout-4.jsonl', 'mentions-heldout-5.jsonl', 'mentions-heldout-6.jsonl']],
  ['eighth', 'mentions-heldout-8.jsonl', ['mentions-heldout-2.jsonl', 'mentions-heldout-3.jsonl', 'mentions-heldout-4.jsonl', 'mentions-heldout-5.jsonl', 'mentions-heldout-6.jsonl', 'mentions-heldout-7.jsonl']],
])('%s held-out set', (_name, file, earlier) => {
  const heldOut = read(file);
  const lines = parseExpected(heldOut);

  it('is well-formed and repeats no passage of an earlier set', () => {
    const others = [...texts(read('mentions-dev.jsonl')), ...texts(read('mentions-audit.jsonl')), ...texts(unseen), ...earlier.flatMap((f) => texts(read(f)))];
    expect(datasetProblems(heldOut, others)).toEqual([]);
  });

  it('has at least 300 passages in at least 40 languages, with near misses', () => {
    expect(lines.length).toBeGreaterThanOrEqual(300);
    expect(new Set(lines.map((r) => r.lang.split('-')[0])).size).toBeGreaterThanOrEqual(40);
    expect(lines.filter((r) => r.mentions.length === 0).length / lines.length).toBeGreaterThanOrEqual(0.1);
  });
});

describe('datasetProblems', () => {
  const line = (over: Record<string, unknown>): string =>
    JSON.stringify({ id: 'x1', lang: 'kk', source: 'https://example.org/a', text: 'Қазақстан мен ОДКБ', mentions: [{ entity: 'kazakhstan', surface: 'Қазақстан', count: 1, spans: [[0, 9]] }], ...over });

  it('accepts a correct line', () => {
    expect(datasetProblems(line({}))).toEqual([]);
  });

  it('counts spans in code points, not UTF-16 units', () => {
    const text = '𝐀 Kazakhstan';
    const ok = line({ text, mentions: [{ entity: 'kazakhstan', surface: 'Kazakhstan', count: 1, spans: [[2, 12]] }] });
    expect(datasetProblems(ok)).toEqual([]);
    const utf16 = line({ text, mentions: [{ entity: 'kazakhstan', surface: 'Kazakhstan', count: 1, spans: [[3, 13]] }] });
    expect(datasetProblems(utf16)).toHaveLength(1);
  });

  it('reports a wrong span, a wrong count, an unknown entity and a missing source', () => {
    const problems = datasetProblems(
      line({ source: 'search', mentions: [{ entity: 'kazakhstan', surface: 'Қазақстан', count: 2, spans: [[1, 9]] }, { entity: 'odk', surface: 'ОДКБ', count: 1, spans: [[14, 18]] }] }),
    );
    expect(problems.some((p) => p.includes('not a URL'))).toBe(true);
    expect(problems.some((p) => p.includes('count 2 but 1 spans'))).toBe(true);
    expect(problems.some((p) => p.includes('«азақстан»'))).toBe(true);
    expect(problems.some((p) => p.includes('unknown entity odk'))).toBe(true);
  });

  it('reports duplicate ids, repeated passages and lines that do not parse', () => {
    const twice = `${line({})}\n${line({ text: ' Қазақстан  мен ОДКБ ', mentions: [] })}\n{oops`;
    const problems = datasetProblems(twice);
    expect(problems.some((p) => p.includes('duplicate id'))).toBe(true);
    expect(problems.some((p) => p.includes('repeats one of line 1'))).toBe(true);
    expect(problems.some((p) => p.includes('invalid JSON'))).toBe(true);
    expect(datasetProblems(line({}), ['қазақстан мен одкб'])).toEqual([expect.stringContaining('repeats one of another set')]);
  });
});
