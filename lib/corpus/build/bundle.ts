/**
 * The corpus bundle: what the build emits as `/corpus.json` and the background loads into
 * IndexedDB. Its version is the SHA-256 of its own content, so an unchanged corpus is never
 * reloaded and a garbled one is caught before it can replace the previous corpus.
 */
import type { EntityId, Tier } from '../../entities/types';
import type { DocumentInfo } from '../types';

export const BUNDLE_FORMAT = 1;
export const BUNDLE_PATH = '/corpus.json';

/** A mention, compactly: [entity, start, end, tier]. */
export type MentionTuple = [EntityId, number, number, Tier];

export interface BundleDocument extends Omit<DocumentInfo, 'origin'> {
  translation: { by: string; note?: string };
}

export interface BundlePassage {
  /** `<document id>#<paragraph>`: stable while the document is unchanged. */
  id: string;
  doc: string;
  paragraph: number;
  text: string;
  lang: string;
  script: string;
  /** Sentence ranges, flattened: [start0, end0, start1, end1, …]. */
  sentences: number[];
  mentions: MentionTuple[];
  /** The editorial English translation, or null when the passage is original English. */
  translation: { text: string; note?: string; mentions: MentionTuple[] } | null;
}

export interface CorpusBundle {
  format: typeof BUNDLE_FORMAT;
  /** Hex SHA-256 of `canonicalContent(bundle)`. */
  version: string;
  documents: BundleDocument[];
  passages: BundlePassage[];
}

export class CorpusBundleError extends Error {
  constructor(message: string) {
    super(`Corpus bundle rejected: ${message}`);
    this.name = 'CorpusBundleError';
  }
}

/** The exact string the version hashes: everything but the version, in a fixed key order. */
export function canonicalContent(bundle: Pick<CorpusBundle, 'format' | 'documents' | 'passages'>): string {
  return JSON.stringify({ format: bundle.format, documents: bundle.documents, passages: bundle.passages });
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkMentions(list: unknown, length: number, where: string): void {
  if (!Array.isArray(list)) throw new CorpusBundleError(`${where}: mentions must be an array`);
  for (const m of list) {
    if (!Array.isArray(m) || typeof m[0] !== 'string' || !Number.isInteger(m[1]) || !Number.isInteger(m[2]) ||
        (m[1] as number) < 0 || (m[2] as number) <= (m[1] as number) || (m[2] as number) > length || typeof m[3] !== 'string') {
      throw new CorpusBundleError(`${where}: bad mention ${JSON.stringify(m)}`);
    }
  }
}

function checkPassage(p: unknown, i: number, docIds: ReadonlySet<string>): void {
  const where = `passage ${i}`;
  if (!isObj(p) || typeof p.id !== 'string' || typeof p.text !== 'string' || typeof p.doc !== 'string') {
    throw new CorpusBundleError(`${where}: needs id, doc and text`);
  }
  if (!docIds.has(p.doc)) throw new CorpusBundleError(`${where} (${p.id}): unknown document ${p.doc}`);
  if (!Number.isInteger(p.paragraph) || typeof p.lang !== 'string' || typeof p.script !== 'string') {
    throw new CorpusBundleError(`${where} (${p.id}): needs paragraph, lang and script`);
  }
  if (!Array.isArray(p.sentences) || p.sentences.some((n) => !Number.isInteger(n) || n < 0 || n > (p.text as string).length)) {
    throw new CorpusBundleError(`${where} (${p.id}): bad sentence offsets`);
  }
  checkMentions(p.mentions, p.text.length, `${where} (${p.id})`);
  if (p.translation !== null) {
    if (!isObj(p.translation) || typeof p.translation.text !== 'string') {
      throw new CorpusBundleError(`${where} (${p.id}): translation must be null or { text, mentions }`);
    }
    checkMentions(p.translation.mentions, p.translation.text.length, `${where} (${p.id}) translation`);
  }
}

/**
 * Checks a parsed bundle's shape and that its version is the hash of its content. Throws a
 * CorpusBundleError saying what is wrong; never returns a half-valid bundle.
 */
export async function parseBundle(value: unknown): Promise<CorpusBundle> {
  if (!isObj(value)) throw new CorpusBundleError('not a JSON object');
  if (value.format !== BUNDLE_FORMAT) throw new CorpusBundleError(`format ${String(value.format)}, expected ${BUNDLE_FORMAT}`);
  if (typeof value.version !== 'string' || !Array.isArray(value.documents) || !Array.isArray(value.passages)) {
    throw new CorpusBundleError('needs version, documents and passages');
  }
  const docIds = new Set<string>();
  value.documents.forEach((d: unknown, i) => {
    if (!isObj(d) || typeof d.id !== 'string' || !isObj(d.title) || !isObj(d.date) || typeof d.language !== 'string') {
      throw new CorpusBundleError(`document ${i}: needs id, title, date and language`);
    }
    docIds.add(d.id);
  });
  const passageIds = new Set<string>();
  value.passages.forEach((p: unknown, i) => {
    checkPassage(p, i, docIds);
    const id = (p as BundlePassage).id;
    if (passageIds.has(id)) throw new CorpusBundleError(`duplicate passage id ${id}`);
    passageIds.add(id);
  });
  const bundle = value as unknown as CorpusBundle;
  const actual = await sha256Hex(canonicalContent(bundle));
  if (actual !== bundle.version) {
    throw new CorpusBundleError(`version ${bundle.version} does not match its content (hash ${actual}): the file is damaged`);
  }
  return bundle;
}
