/**
 * Size of what the content script ships for the matcher: the exports it imports from
 * lib/entities, bundled and minified by the installed Vite (Rolldown), then gzipped.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';

export interface BundleSize {
  minified: number;
  gzipped: number;
}

export async function contentMatcherSize(exports: readonly string[]): Promise<BundleSize> {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-size-'));
  const entry = join(dir, 'content-matcher.ts');
  writeFileSync(entry, `export { ${exports.join(', ')} } from ${JSON.stringify(resolve('lib/entities/index.ts'))};\n`);
  try {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      // An app build, like the extension's (library mode would keep the whitespace).
      build: { write: false, minify: true, modulePreload: false, rollupOptions: { input: entry, preserveEntrySignatures: 'strict' } },
    });
    const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
    const code = outputs.flatMap((o) => o.output).map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('');
    return { minified: Buffer.byteLength(code), gzipped: gzipSync(code, { level: 9 }).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
