/**
 * Golden files: the expected output is kept beside the tests and any drift fails. After an
 * intended change (a catalogue or ranking change), rewrite them with
 *   UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/corpus
 * and review the diff like code.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './seed-corpus';

export function expectGolden(name: string, actual: unknown): void {
  const path = join(ROOT, 'tests/fixtures/golden', name);
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN || !existsSync(path)) {
    writeFileSync(path, text, 'utf8');
    if (!process.env.UPDATE_GOLDEN) throw new Error(`${name} did not exist: written now, review it and run again.`);
    return;
  }
  expect(JSON.parse(text), `${name} drifted (UPDATE_GOLDEN=1 to accept)`).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}
