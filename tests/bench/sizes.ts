/**
 * Section 5, sizes: the content script as every page loads it (gzip -9), and the whole store
 * package of each browser (what `npm run zip` writes; the benchmark zips before it starts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../../lib/dev/paths';

export interface Sizes {
  contentScript: { raw: number; gzipped: number };
  background: { raw: number; gzipped: number };
  zips: Record<string, number>;
}

function sizeOf(path: string): { raw: number; gzipped: number } {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
}

export function measureSizes(): Sizes {
  const output = join(ROOT, '.output');
  const chrome = join(output, 'chrome-mv3');
  if (!existsSync(join(chrome, 'manifest.json'))) throw new Error('no build in .output/chrome-mv3: run npm run build (or the bench without --no-build)');
  const zips: Record<string, number> = {};
  for (const name of readdirSync(output)) {
    const match = /-(chrome|firefox)\.zip$/.exec(name);
    if (match?.[1]) zips[match[1]] = statSync(join(output, name)).size;
  }
  return {
    contentScript: sizeOf(join(chrome, 'content-scripts/content.js')),
    background: sizeOf(join(chrome, 'background.js')),
    zips,
  };
}
