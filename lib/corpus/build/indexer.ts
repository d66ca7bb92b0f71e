/**
 * Builds the corpus bundle from documents and their manifests: passages (one per paragraph),
 * sentence offsets, the language of each passage, every catalogue entity each passage and
 * translation mentions. Plain functions: the build hook, the CLI, tests and benchmarks call
 * `buildCorpusBundle`; the library's imports call `indexDocument`, the same indexer without a
 * manifest. The matcher is a parameter. Output is deterministic (same input, same bytes).
 */
import type { EntityId, Matcher, Mention } from '../../entities/types';
import {
  BUNDLE_FORMAT, canonicalContent, sha256Hex,
  type BundleDocument, type BundlePassage, type CorpusBundle, type MentionTuple,
} from './bundle';
import { detectLanguage } from './language';
import { checkManifestAgainst, ManifestError, type Manifest } from './manifest';
import { sentenceRanges, splitParagraphs } from './segment';

export interface SourceDocument {
  manifest: Manifest;
  /** The document's text, exactly as stored (its SHA-256 must match the manifest's). */
  text: string;
}

export interface IndexerOptions {
  matcher: Matcher;
  /** Every catalogue entity, related ones included (Russia, Putin, Tokayev…). */
  entities: ReadonlySet<EntityId>;
}

/** Mentions as the bundle stores them, in text order (the in-browser re-tagging uses it too). */
export function tuples(mentions: readonly Mention[]): MentionTuple[] {
  return mentions
    .map((m): MentionTuple => [m.entity, m.start, m.end, m.tier])
    .sort((a, b) => a[1] - b[1] || a[2] - b[2] || a[0].localeCompare(b[0]));
}

function documentEntry(m: Manifest): BundleDocument {
  return {
    id: m.id,
    file: m.file,
    language: m.language,
    title: m.title,
    source: m.source,
    date: m.date,
    published: { refersTo: 'publication', ...m.published },
    translation: { by: m.translation.by, ...(m.translation.note ? { note: m.translation.note } : {}) },
  };
}

/** A document's text and what the indexer needs to know about it, from any source. */
export interface IndexableDocument {
  id: string;
  /** The document's declared BCP 47 language (each passage's own is detected against it). */
  language: string;
  text: string;
  /** Per paragraph (index = number - 1): an English translation, if any. */
  translations?: ReadonlyArray<{ translation: string; note?: string } | null | undefined>;
}

/**
 * Splits, tags and detects the language of one document's passages: the indexer proper, shared
 * by the build (seeds with manifests) and the library's imports (user documents).
 */
export function indexDocument(doc: IndexableDocument, options: IndexerOptions): BundlePassage[] {
  return splitParagraphs(doc.text).map(({ text: line, number }): BundlePassage => {
    const { lang, script } = detectLanguage(line, doc.language);
    const translated = doc.translations?.[number - 1] ?? null;
    return {
      id: `${doc.id}#${number}`,
      doc: doc.id,
      paragraph: number,
      text: line,
      lang,
      script,
      sentences: sentenceRanges(line, lang).flat(),
      mentions: tuples(options.matcher.scan(line, { lang, entities: options.entities })),
      translation: translated
        ? {
            text: translated.translation,
            ...(translated.note ? { note: translated.note } : {}),
            mentions: tuples(options.matcher.scan(translated.translation, { lang: 'en', entities: options.entities })),
          }
        : null,
    };
  });
}

async function passagesOf(source: SourceDocument, options: IndexerOptions): Promise<BundlePassage[]> {
  const { manifest, text } = source;
  checkManifestAgainst(manifest, splitParagraphs(text).map((p) => p.text), await sha256Hex(text));
  const translations = manifest.paragraphs.map((entry) => ('translation' in entry ? entry : null));
  return indexDocument({ id: manifest.id, language: manifest.language, text, translations }, options);
}

export async function buildCorpusBundle(sources: readonly SourceDocument[], options: IndexerOptions): Promise<CorpusBundle> {
  const sorted = [...sources].sort((a, b) => (a.manifest.id < b.manifest.id ? -1 : a.manifest.id > b.manifest.id ? 1 : 0));
  const seen = new Set<string>();
  for (const { manifest } of sorted) {
    if (seen.has(manifest.id)) throw new ManifestError(manifest.id, ['two documents share this id']);
    seen.add(manifest.id);
  }
  const documents = sorted.map((s) => documentEntry(s.manifest));
  const passages = (await Promise.all(sorted.map((s) => passagesOf(s, options)))).flat();
  const content = { format: BUNDLE_FORMAT, documents, passages } as const;
  return { format: BUNDLE_FORMAT, version: await sha256Hex(canonicalContent(content)), documents, passages };
}

/** The bundle as written to disk: key order fixed so the version can be re-checked on load. */
export function serialiseBundle(bundle: CorpusBundle): string {
  return JSON.stringify({ format: bundle.format, version: bundle.version, documents: bundle.documents, passages: bundle.passages });
}
