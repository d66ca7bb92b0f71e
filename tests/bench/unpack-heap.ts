/**
 * What a page with a mention keeps of the packed matcher, measured in Node: the JavaScript heap
 * and the typed arrays' memory left after a forced garbage collection, once the packed matcher
 * is unpacked and once a fixture page's text has been scanned with it, and how long the unpack
 * took. The page-load bench (browser/page-load.ts) measures the whole second stage in Chromium;
 * this isolates the matcher's part, quickly and without a browser. Run with the collector exposed:
 *
 *   node --expose-gc --import tsx tests/bench/unpack-heap.ts [page …]
 *
 * Pages are fixture names under tests/fixtures/pages (rferl-en by default). Node does not
 * compress pointers as Chromium does, so objects weigh about twice what they do in a page.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getHeapSpaceStatistics } from 'node:v8';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc --import tsx');
const collect = gc;

interface Memory {
  heap: number;
  buffers: number;
  /** Of `heap`: machine code and bytecode (V8's code space: regular expressions compiled to native code, optimised functions). */
  code: number;
}

function memory(): Memory {
  for (let i = 0; i < 4; i++) collect();
  const usage = process.memoryUsage();
  const code = getHeapSpaceStatistics().find((space) => space.space_name === 'code_space')?.space_used_size ?? 0;
  return { heap: usage.heapUsed, buffers: usage.arrayBuffers, code };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** A fixture page's text in blocks, roughly as the page reader cuts it (paragraph-like elements). */
function blocksOf(name: string): string[] {
  const html = readFileSync(`tests/fixtures/pages/${name}.html`, 'utf8').replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, '');
  return html
    .split(/<\/?(?:p|div|h\d|li|td|article|section|blockquote)\b[^>]*>/i)
    .map((block) => block.replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 0);
}

if (process.argv[2] === '--pack') {
  // In a process of its own, so that compiling the catalogue leaves nothing in the measured one.
  const { packedJson, packMatcher } = await import('../../lib/entities/pack');
  process.stdout.write(packedJson(packMatcher()));
} else {
  await measure(process.argv.slice(2));
}

async function measure(pages: readonly string[]): Promise<void> {
  const json = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--pack'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const { unpackMatcher } = await import('../../lib/entities/unpack');
  // The modules' own tables are in the baseline: a page has them once the stage is parsed.
  const before = memory();
  const start = performance.now();
  const unpacked = unpackMatcher(json);
  const unpackMs = performance.now() - start;
  if (!unpacked) throw new Error('the packed matcher did not unpack');
  const afterUnpack = memory();
  let mentions = 0;
  let blocks = 0;
  const scanStart = performance.now();
  for (const page of pages.length > 0 ? pages : ['rferl-en']) {
    for (const block of blocksOf(page)) {
      blocks++;
      mentions += unpacked.matcher.scan(block).length;
    }
  }
  const scanMs = performance.now() - scanStart;
  const afterScan = memory();
  console.log(`packed matcher: ${kb(json.length)} of JSON text (held through the measurement, so not in the figures)`);
  console.log(`unpacked in ${unpackMs.toFixed(1)} ms; kept: heap ${kb(afterUnpack.heap - before.heap)} (code ${kb(afterUnpack.code - before.code)}), typed arrays ${kb(afterUnpack.buffers - before.buffers)}`);
  console.log(`first scan (${blocks} blocks, ${mentions} mentions) in ${scanMs.toFixed(1)} ms; kept since: heap ${kb(afterScan.heap - afterUnpack.heap)} (code ${kb(afterScan.code - afterUnpack.code)}), typed arrays ${kb(afterScan.buffers - afterUnpack.buffers)}`);
  console.log(`total kept: heap ${kb(afterScan.heap - before.heap)} (code ${kb(afterScan.code - before.code)}), typed arrays ${kb(afterScan.buffers - before.buffers)}`);
  // Kept alive until the figures are taken.
  if (unpacked.key === '') console.log('');
}
