/**
 * The build-time indexer on the seeds: passages, sentence offsets, languages, mentions,
 * translations, and a version that is the content hash and the same on every run.
 */
import { describe, expect, it } from 'vitest';
import { canonicalContent, parseBundle, sha256Hex } from '@/lib/corpus/build/bundle';
import { bundledCatalogueView } from '@/lib/corpus/catalogue-view';
import { buildCorpusBundle, serialiseBundle } from '@/lib/corpus/build/indexer';
import { readSourceDocuments } from '@/lib/corpus/node/seeds';
import { buildSeedBundle } from '@/lib/corpus/node/emit';
import { getCatalogue } from '@/lib/entities';
import { HI, ROOT, seedBundle, TL } from '../../../support/seed-corpus';
import { join } from 'node:path';

const ENGLISH_LINES = [4, 5, 6, 10, 11, 12];

describe('buildCorpusBundle on the seeds', () => {
  it('makes one passage per paragraph, numbered from 1', async () => {
    const bundle = await seedBundle();
    expect(bundle.documents.map((d) => d.id)).toEqual([TL, HI]);
    expect(bundle.passages.filter((p) => p.doc === TL)).toHaveLength(9);
    expect(bundle.passages.filter((p) => p.doc === HI)).toHaveLength(16);
    expect(bundle.passages[0]).toMatchObject({ id: `${TL}#1`, paragraph: 1 });
    expect(bundle.passages[0]!.text.startsWith('Sa kabila ng katotohanang')).toBe(true);
  });

  it('detects the language of each passage: Tagalog, Hindi, and the English tweets inside the Hindi', async () => {
    const bundle = await seedBundle();
    for (const p of bundle.passages) {
      const expected = p.doc === TL ? ['tl', 'Latn'] : ENGLISH_LINES.includes(p.paragraph) ? ['en', 'Latn'] : ['hi', 'Deva'];
      expect([p.lang, p.script], p.id).toEqual(expected);
    }
  });

  it('gives sentence offsets from Intl.Segmenter, danda included', async () => {
    const bundle = await seedBundle();
    const sentences = (id: string) => {
      const p = bundle.passages.find((x) => x.id === id)!;
      const out: string[] = [];
      for (let i = 0; i < p.sentences.length; i += 2) out.push(p.text.slice(p.sentences[i], p.sentences[i + 1]));
      return out;
    };
    expect(sentences(`${TL}#4`)).toEqual([
      expect.stringMatching(/^Tulad ng para sa mga S-300.*kumplikado.*complex na ito\.$/),
      'Ngunit may mga tulad na pabrika sa Ukraine.',
      expect.stringMatching(/^Samakatuwid.*kontrata\.$/),
    ]);
    const hindi = sentences(`${HI}#13`);
    expect(hindi).toHaveLength(3);
    for (const s of hindi) expect(s.endsWith('।')).toBe(true);
  });

  it('tags every catalogue entity with offsets into the passage, related entities included', async () => {
    const bundle = await seedBundle();
    const known = new Set(getCatalogue().entities.map((e) => e.id));
    const all = new Set<string>();
    for (const p of bundle.passages) {
      for (const [entity, start, end] of [...p.mentions, ...(p.translation?.mentions ?? [])]) {
        expect(known.has(entity)).toBe(true);
        expect(start).toBeLessThan(end);
        all.add(entity);
      }
    }
    expect([...all]).toEqual(expect.arrayContaining(['kazakhstan', 'csto', 's300', 'russia', 'putin', 'tokayev']));
    const p1 = bundle.passages.find((p) => p.id === `${HI}#1`)!;
    const surfaces = p1.mentions.map(([e, s, t]) => `${e}:${p1.text.slice(s, t)}`);
    expect(surfaces).toEqual(expect.arrayContaining(['kazakhstan:कज़ाख़स्तान', 'putin:व्लादिमीर पुतिन']));
  });

  it('attaches the editorial translation, or none for the lines already in English', async () => {
    const bundle = await seedBundle();
    for (const p of bundle.passages) {
      if (p.doc === HI && ENGLISH_LINES.includes(p.paragraph)) expect(p.translation, p.id).toBeNull();
      else expect(p.translation?.text.length, p.id).toBeGreaterThan(20);
    }
    expect(bundle.documents[0]!.translation.by).toBe('Backstory project');
  });

  it('versions the bundle by its content hash, identical across runs, and it survives a round trip', async () => {
    const [a, b] = [await buildSeedBundle(ROOT), await buildSeedBundle(ROOT)];
    expect(serialiseBundle(a)).toBe(serialiseBundle(b));
    expect(a.version).toBe(await sha256Hex(canonicalContent(a)));
    expect(a.version).toMatch(/^[0-9a-f]{64}$/);
    await expect(parseBundle(JSON.parse(serialiseBundle(a)))).resolves.toMatchObject({ version: a.version });
  });

  it('changes the version when a translation changes', async () => {
    const docs = await readSourceDocuments(join(ROOT, 'seeds'));
    const options = bundledCatalogueView().indexerOptions();
    const before = await buildCorpusBundle(docs, options);
    const edited = structuredClone(docs);
    edited[0]!.manifest.paragraphs[0] = { translation: 'A different translation.' };
    expect((await buildCorpusBundle(edited, options)).version).not.toBe(before.version);
  });

  it('refuses a manifest that does not line up with its document', async () => {
    const docs = await readSourceDocuments(join(ROOT, 'seeds'));
    const options = bundledCatalogueView().indexerOptions();
    const extraLine = structuredClone(docs);
    extraLine[0]!.text += '\nIsang bagong talata.';
    await expect(buildCorpusBundle(extraLine, options)).rejects.toThrowError(/SHA-256[\s\S]*10 paragraphs, the manifest 9/);
    const twice = [docs[0]!, docs[0]!];
    await expect(buildCorpusBundle(twice, options)).rejects.toThrowError(/two documents share this id/);
  });
});
