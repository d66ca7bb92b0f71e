/**
 * The seed corpus as the build emits it (real catalogue, real matcher), built once per test
 * file, and a fresh database loaded with it.
 */
import { resolve } from 'node:path';
import type { CorpusBundle } from '@/lib/corpus/build/bundle';
import type { CorpusDb } from '@/lib/corpus/db/db';
import { ensureBundledCorpus } from '@/lib/corpus/db/load';
import { buildSeedBundle } from '@/lib/corpus/node/emit';
import { freshDb } from './db';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TL = '000_64255a36b834ab02';
export const HI = '001_f757772c22decdf9';

let cached: Promise<CorpusBundle> | undefined;

export function seedBundle(): Promise<CorpusBundle> {
  cached ??= buildSeedBundle(ROOT);
  return cached;
}

export async function seedDb(): Promise<CorpusDb> {
  const db = freshDb();
  const bundle = await seedBundle();
  await ensureBundledCorpus(db, async () => structuredClone(bundle));
  return db;
}
