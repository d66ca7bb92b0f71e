/**
 * Prints a summary of the corpus bundle the build would emit, or writes it:
 *   npx tsx scripts/build-corpus.ts            # summary: version, passages, entities
 *   npx tsx scripts/build-corpus.ts --out f.json
 *   npx tsx scripts/build-corpus.ts --passages # each passage's language and entities
 * The build itself needs none of this: the WXT hook in wxt.config.ts emits /corpus.json.
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildSeedBundle } from '../corpus/node/emit';
import { serialiseBundle } from '../corpus/build/indexer';

const args = process.argv.slice(2);
const root = resolve(import.meta.dirname, '../..');
const bundle = await buildSeedBundle(root);
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
if (out) {
  await writeFile(out, serialiseBundle(bundle), 'utf8');
  console.log(`wrote ${out}`);
}
console.log(`corpus ${bundle.version}: ${bundle.documents.length} documents, ${bundle.passages.length} passages, ${serialiseBundle(bundle).length} characters`);
const counts = new Map<string, number>();
for (const p of bundle.passages) for (const e of new Set(p.mentions.map((m) => m[0]))) counts.set(e, (counts.get(e) ?? 0) + 1);
console.log([...counts].sort((a, b) => b[1] - a[1]).map(([e, n]) => `${e} ${n}`).join(', '));
if (args.includes('--passages')) {
  for (const p of bundle.passages) {
    const entities = p.mentions.map((m) => `${m[0]}:${p.text.slice(m[1], m[2])}`).join(' ');
    console.log(`${p.id} [${p.lang}/${p.script}] ${p.sentences.length / 2} sentence(s) ${entities}`);
  }
}
