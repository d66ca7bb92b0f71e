/**
 * Size of what a bundle ships for some exports: bundled and minified by the installed Vite
 * (Rolldown) as an app build, like the extension's, then gzipped.
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

/** `exports`: module path (from the repository root) → the names to re-export from it. */
export async function bundleSize(exports: Record<string, readonly string[]>): Promise<BundleSize> {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-size-'));
  const entry = join(dir, 'entry.ts');
  const lines = Object.entries(exports).map(([path, names]) => `export { ${names.join(', ')} } from ${JSON.stringify(resolve(path))};`);
  writeFileSync(entry, `${lines.join('\n')}\n`);
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
