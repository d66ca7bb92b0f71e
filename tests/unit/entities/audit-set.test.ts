/**
 * The audit set (tests/fixtures/eval/mentions-audit.jsonl): passages written for the project in
 * the style of the held-out set, covering phenomena rather than the dev set's lines. It must stay
 * at or above the recognition targets, like the dev set (tests/unit/eval/dev-set.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/lib/entities';
import { parseExpected } from '@/lib/eval/dataset';
import { evaluate } from '@/lib/eval/run';
import { targetFailures } from '@/lib/eval/targets';

const records = parseExpected(readFileSync('tests/fixtures/eval/mentions-audit.jsonl', 'utf8'));
const report = evaluate(createMatcher(), records);

describe('audit set', () => {
  it('has at least 150 passages in at least 40 languages, with near misses', () => {
    expect(records.length).toBeGreaterThanOrEqual(150);
    expect(new Set(records.map((r) => r.lang)).size).toBeGreaterThanOrEqual(40);
    expect(records.filter((r) => r.mentions.length === 0).length).toBeGreaterThanOrEqual(25);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it('has spans that match their surfaces (code-point offsets)', () => {
    for (const r of records) {
      const points = Array.from(r.text);
      for (const m of r.mentions) {
        expect(m.spans.length, r.id).toBe(m.count);
        for (const [s, e] of m.spans) expect(points.slice(s, e).join(''), r.id).toBe(m.surface);
      }
    }
  });

  it('meets every target', () => {
    expect(targetFailures(report)).toEqual([]);
  });

  it('has no error at all today (a regression shows up here first)', () => {
    expect(report.errors).toEqual([]);
  });
});
