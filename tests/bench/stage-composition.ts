/**
 * What the content script's built files are made of: the extension built as `npm run build`
 * builds it (WXT, Rolldown, minified), with source maps, into a folder of its own; each byte of
 * a content-script file is put down to the source module its map names (bytes the map leaves
 * unnamed — the bundler's own wrappers — are "(bundler)"). Printed per file: its size and gzip
 * size, then the modules by bytes, largest first, and the same summed by folder.
 *
 *   npx tsx tests/bench/stage-composition.ts [chrome|firefox] [file…]
 *
 * By default Chromium's `page-stage.js`, `page-matcher.js`, `page-extras.js` and `content-scripts/content.js`.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import { build } from 'wxt';
import { ROOT } from '../../lib/dev/paths';

interface SourceMap {
  sources: string[];
  mappings: string;
}

/** Bytes of `code` by the source each generated segment maps to (a segment runs to the next). */
export function bytesBySource(code: string, map: SourceMap): Map<string, number> {
  const lines = code.split('\n');
  const decoded = decode(map.mappings);
  const totals = new Map<string, number>();
  const add = (source: string, bytes: number) => totals.set(source, (totals.get(source) ?? 0) + bytes);
  lines.forEach((line, index) => {
    const segments = decoded[index] ?? [];
    const lineBytes = (from: number, to: number) => Buffer.byteLength(line.slice(from, to));
    add('(bundler)', lineBytes(0, segments[0]?.[0] ?? line.length) + (index < lines.length - 1 ? 1 : 0));
    segments.forEach((segment, s) => {
      const end = segments[s + 1]?.[0] ?? line.length;
      const source = segment.length >= 4 ? (map.sources[segment[1] ?? -1] ?? '(bundler)') : '(bundler)';
      add(source, lineBytes(segment[0], end));
    });
  });
  return totals;
}

/** A source path from the map, shortened to the repository or the package. */
function label(source: string, mapDir: string): string {
  const path = relative(ROOT, join(mapDir, source));
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return pkg ? `npm:${pkg[1]}` : path;
}

function folderOf(name: string): string {
  if (name.startsWith('npm:') || name.startsWith('(')) return name;
  return name.split('/').slice(0, -1).join('/') || name;
}

function table(title: string, rows: Map<string, number>, total: number): string {
  const sorted = [...rows].sort((a, b) => b[1] - a[1]);
  const lines = sorted.map(([name, bytes]) => `${String(bytes).padStart(8)}  ${((100 * bytes) / total).toFixed(1).padStart(5)} %  ${name}`);
  return [`  ${title}`, ...lines.map((l) => `  ${l}`)].join('\n');
}

async function main(): Promise<void> {
  const [target = 'chrome', ...named] = process.argv.slice(2);
  const browser = target === 'firefox' ? 'firefox' : 'chrome';
  const files = named.length > 0 ? named : ['page-stage.js', 'page-matcher.js', 'page-extras.js', 'content-scripts/content.js'];
  const outDir = join(ROOT, '.output', 'composition');
  rmSync(outDir, { recursive: true, force: true });
  await build({ browser, outDir, vite: () => ({ build: { sourcemap: true } }) });
  const dir = join(outDir, `${browser}-mv3`);
  for (const file of files) {
    let code: string;
    try {
      code = readFileSync(join(dir, file), 'utf8');
    } catch {
      console.log(`${file}: not built`);
      continue;
    }
    // The shipped file carries no map comment; the map beside it is only for this count.
    const withoutComment = code.replace(/\n?\/\/# sourceMappingURL=.*\n?$/, '');
    const map = JSON.parse(readFileSync(join(dir, `${file}.map`), 'utf8')) as SourceMap;
    const mapDir = join(dir, file, '..');
    const bySource = new Map<string, number>();
    for (const [source, bytes] of bytesBySource(withoutComment, map)) {
      const name = source.startsWith('(') ? source : label(source, mapDir);
      bySource.set(name, (bySource.get(name) ?? 0) + bytes);
    }
    const total = Buffer.byteLength(withoutComment);
    const byFolder = new Map<string, number>();
    for (const [name, bytes] of bySource) byFolder.set(folderOf(name), (byFolder.get(folderOf(name)) ?? 0) + bytes);
    console.log(`${file} (${browser}): ${total} B, ${gzipSync(withoutComment, { level: 9 }).length} B gzip -9 (with its map comment removed)`);
    console.log(table('by module', bySource, total));
    console.log(table('by folder', byFolder, total));
    console.log('');
  }
  rmSync(outDir, { recursive: true, force: true });
}

if (process.argv[1] && import.meta.url.endsWith(relative(ROOT, process.argv[1]))) await main();
