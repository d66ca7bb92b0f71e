/**
 * What a page keeps in Chromium's JavaScript heap, by kind: one fixture page
 * loaded with the built extension and with the empty content script (browser/empty-extension.ts),
 * each first scan over, three forced garbage collections, then a heap snapshot of each; printed
 * is the V8 heap used (Runtime.getHeapUsage) on both sides and the snapshots' difference by kind
 * (machine code, bytecode, strings, objects by their first properties…), largest first. Native
 * memory (typed arrays' data, Blink's objects) is left out, as JSHeapUsedSize leaves it out.
 *
 *   npm run build && npx tsx tests/bench/stage-heap.ts [page] [extension folder]
 *
 * `page`: a fixture under tests/fixtures/pages (rferl-en by default); `extension folder`: another
 * Chromium build to measure (e.g. main's), by default this one's.
 */
import { launchChromium, withCdp } from '../../lib/dev/chromium';
import type { BrowserPage } from '../../lib/dev/page';
import { BUILD_DIRS, FIXTURES } from '../../lib/dev/paths';
import { startFixtureServer } from '../../lib/dev/server';
import { until } from '../../lib/dev/until';
import { writeEmptyExtension } from './browser/empty-extension';
import { diagnosticsWhen, launchBench } from './browser/launch';

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** The largest strings of a snapshot, by their first characters: what the "string" kind holds. */
function largestStrings(snapshot: HeapSnapshot, count: number): Array<[string, number]> {
  const { node_fields: fields, node_types: [types] } = snapshot.snapshot.meta;
  const width = fields.length;
  const [type, name, size] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const found: Array<[string, number]> = [];
  for (let n = 0; n < snapshot.nodes.length; n += width) {
    if (!(types[snapshot.nodes[n + type] ?? 0] ?? '').includes('string')) continue;
    found.push([(snapshot.strings[snapshot.nodes[n + name] ?? 0] ?? '').slice(0, 60), snapshot.nodes[n + size] ?? 0]);
  }
  return found.sort((a, b) => b[1] - a[1]).slice(0, count);
}

/** Bytes by kind, V8's own heap only. */
function byKind(snapshot: HeapSnapshot): Map<string, number> {
  const { node_fields: fields, node_types: [types], edge_fields: edgeFields, edge_types: [edgeTypes] } = snapshot.snapshot.meta;
  const width = fields.length;
  const [type, name, size, edgeCount] = ['type', 'name', 'self_size', 'edge_count'].map((f) => fields.indexOf(f)) as [number, number, number, number];
  const kinds = new Map<string, number>();
  let edge = 0;
  for (let n = 0; n < snapshot.nodes.length; n += width) {
    const firstEdge = edge;
    edge += (snapshot.nodes[n + edgeCount] ?? 0) * edgeFields.length;
    const kind = types[snapshot.nodes[n + type] ?? 0] ?? '?';
    const label = snapshot.strings[snapshot.nodes[n + name] ?? 0] ?? '';
    if (kind === 'native' || kind === 'synthetic') continue;
    let key = kind;
    if (kind === 'code') key = label.startsWith('system /') ? `code: ${label.slice(9, 40)}` : 'code: other';
    if (kind === 'object') {
      const properties: string[] = [];
      for (let e = firstEdge; e < edge && properties.length < 3; e += edgeFields.length) {
        if (edgeTypes[snapshot.edges[e] ?? 0] === 'property') properties.push(snapshot.strings[snapshot.edges[e + 1] ?? 0] ?? '');
      }
      key = `object ${label.slice(0, 24)} {${properties.join(', ')}}`;
    }
    kinds.set(key, (kinds.get(key) ?? 0) + (snapshot.nodes[n + size] ?? 0));
  }
  return kinds;
}

async function measure(tab: BrowserPage): Promise<{ used: number; kinds: Map<string, number>; strings: Array<[string, number]> }> {
  return withCdp(tab, async (cdp) => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const chunks: string[] = [];
    cdp.on('HeapProfiler.addHeapSnapshotChunk', (event) => void chunks.push(event.chunk));
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    const snapshot = JSON.parse(chunks.join('')) as HeapSnapshot;
    return { used: usedSize, kinds: byKind(snapshot), strings: largestStrings(snapshot, 12) };
  });
}

const page = process.argv[2] ?? 'rferl-en';
const extensionDir = process.argv[3] ?? BUILD_DIRS.chromium;
const server = await startFixtureServer(FIXTURES);
const url = server.url(`pages/${page}.html`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
try {
  const ours = await launchBench('chromium', extensionDir);
  const oursTab = await ours.session.openPage(url);
  // A page the gate turned away never scans: its first stage is all it keeps.
  await diagnosticsWhen(ours, url, (d) => d.lastFullScan?.complete === true || d.gate?.possible === false, `the first scan or the gate's no on ${url}`);
  const withOurs = await measure(oursTab);
  await ours.close();
  const empty = await writeEmptyExtension(BUILD_DIRS.chromium, 'chromium');
  const session = await launchChromium({ extensionDir: empty.dir, headless: true });
  const emptyTab = await session.openPage(url);
  await until(() => emptyTab.evaluate(() => document.readyState), (state) => state === 'complete', { what: 'the page loaded' });
  const withEmpty = await measure(emptyTab);
  await session.close();
  await empty.remove();
  console.log(`${page}: V8 heap used after GC ${kb(withOurs.used)} with ours, ${kb(withEmpty.used)} with the empty script: +${kb(withOurs.used - withEmpty.used)}`);
  const kinds = [...new Set([...withOurs.kinds.keys(), ...withEmpty.kinds.keys()])]
    .map((kind) => [kind, (withOurs.kinds.get(kind) ?? 0) - (withEmpty.kinds.get(kind) ?? 0)] as const)
    .sort((a, b) => b[1] - a[1]);
  for (const [kind, bytes] of kinds.slice(0, 25)) console.log(`${kb(bytes).padStart(10)}  ${kind}`);
  console.log('largest strings with ours (the page\'s own included):');
  for (const [text, bytes] of withOurs.strings) console.log(`${kb(bytes).padStart(10)}  ${JSON.stringify(text)}`);
} finally {
  await server.close();
}
