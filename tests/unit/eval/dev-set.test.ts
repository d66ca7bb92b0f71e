/**
 * The dev set (tests/fixtures/eval/mentions-dev.jsonl) must stay above the recognition targets:
 * recall ≥ 0.97 and precision ≥ 0.99 overall, recall ≥ 0.95 per entity, recall ≥ 0.90 for each
 * language with at least 3 expected mentions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/lib/entities';
import { parseExpected } from '@/lib/eval/dataset';
import { evaluate } from '@/lib/eval/run';
import { TARGETS, targetFailures } from '@/lib/eval/targets';

const records = parseExpected(readFileSync('tests/fixtures/eval/mentions-dev.jsonl', 'utf8'));
const report = evaluate(createMatcher(), records);

describe('dev set', () => {
  it('has all 109 passages', () => {
    expect(records).toHaveLength(109);
    expect(report.passagesWithoutPrediction).toBe(0);
  });

  it('meets every target', () => {
    expect(targetFailures(report)).toEqual([]);
    expect(report.total.recall).toBeGreaterThanOrEqual(TARGETS.recall);
    expect(report.total.precision).toBeGreaterThanOrEqual(TARGETS.precision);
  });
});
