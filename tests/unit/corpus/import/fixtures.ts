/** Reads the import fixtures (tests/fixtures/import) as a picked file would give them. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NamedBytes } from '@/lib/corpus/import/parse';

export const IMPORT_FIXTURES = resolve(import.meta.dirname, '../../../fixtures/import');

export function fixture(name: string): NamedBytes {
  return { name, bytes: new Uint8Array(readFileSync(join(IMPORT_FIXTURES, name))) };
}
