/**
 * The build step: reads `seeds/`, indexes it with the real catalogue and matcher, and returns
 * the bundle file's text. Called by the WXT hook in wxt.config.ts and by lib/cli/build-corpus.ts.
 * Relative imports only: the hook loads this file outside Vite, without the `@/` alias.
 */
import { join } from 'node:path';
import { bundledCatalogueView } from '../catalogue-view';
import { buildCorpusBundle, serialiseBundle } from '../build/indexer';
import type { CorpusBundle } from '../build/bundle';
import { readSourceDocuments } from './seeds';

export async function buildSeedBundle(root: string): Promise<CorpusBundle> {
  return buildCorpusBundle(await readSourceDocuments(join(root, 'seeds')), bundledCatalogueView().indexerOptions());
}

export async function emitCorpusBundle(root: string): Promise<{ contents: string; version: string; passages: number }> {
  const bundle = await buildSeedBundle(root);
  return { contents: serialiseBundle(bundle), version: bundle.version, passages: bundle.passages.length };
}
