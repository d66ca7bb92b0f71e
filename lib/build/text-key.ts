/**
 * Build plugin: stamps the build with a hash of every source that decides how text is
 * normalised, matched and indexed (the catalogue data, its compiler and matcher, the
 * normaliser, the search tokeniser, the text index and the shape it is stored in), as the
 * global `__BACKSTORY_TEXT_KEY__` (read by lib/text/build-key.ts). Data derived from text and kept between runs — the compiled
 * matcher in extension storage, the text index in IndexedDB — carries this key and is reused
 * only by the build that made it, so an update or a catalogue edit can never pair new code
 * with old tables. Hashing sources keeps the build from compiling anything to find out.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

const SOURCES = ['lib/entities', 'lib/text', 'lib/corpus/search/tokens.ts', 'lib/corpus/search/text-index.ts', 'lib/corpus/search/text-index-update.ts', 'lib/corpus/db/text-index-store.ts', 'lib/corpus/db/rows.ts'];

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => files(join(path, name))).filter((f) => /\.tsx?$/.test(f));
}

function textBuildKey(root: string): string {
  const hash = createHash('sha256');
  for (const path of SOURCES.flatMap((source) => files(join(root, source))).sort()) {
    hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** `root`: the project's root (the directory holding lib/). */
export function textKey(root: string): Plugin {
  return {
    name: 'backstory:text-key',
    config: () => ({ define: { __BACKSTORY_TEXT_KEY__: JSON.stringify(textBuildKey(root)) } }),
  };
}
