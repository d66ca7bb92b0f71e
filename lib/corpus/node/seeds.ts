/**
 * Reads corpus documents and their manifests from a folder (Node only: the build hook, the
 * CLI, tests and benchmarks). Every `.txt` needs a manifest and every manifest its `.txt`.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceDocument } from '../build/indexer';
import { ManifestError, parseManifest } from '../build/manifest';

export async function readSourceDocuments(dir: string): Promise<SourceDocument[]> {
  const names = (await readdir(dir)).sort();
  const texts = new Set(names.filter((n) => n.endsWith('.txt')));
  const docs: SourceDocument[] = [];
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    let json: unknown;
    try {
      json = JSON.parse(await readFile(join(dir, name), 'utf8'));
    } catch (error) {
      throw new ManifestError(name, [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`]);
    }
    const manifest = parseManifest(json, name);
    if (!texts.delete(manifest.file)) throw new ManifestError(name, [`its document ${manifest.file} is missing`]);
    docs.push({ manifest, text: await readFile(join(dir, manifest.file), 'utf8') });
  }
  if (texts.size > 0) throw new ManifestError(dir, [...texts].map((t) => `${t} has no manifest`));
  return docs;
}
