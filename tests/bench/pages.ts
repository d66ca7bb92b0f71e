/**
 * The pages the scan benchmark loads: the project's fixture pages, the demo article, a
 * generated 10 MB article, and the HTML files of any folder given on the command line (searched
 * recursively; copies of pages already in the list are skipped). Each folder is served from
 * 127.0.0.1 by the e2e harness's fixture server, with its local-only Content-Security-Policy.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { FIXTURES } from '../../lib/dev/paths';
import { startFixtureServer, type FixtureServer } from '../../lib/dev/server';
import { generateArticle } from './article';

export interface BenchPage {
  /** Where it comes from: `pages/aif-ru.html`, `generated/article-10mb.html`, `<folder>:<path>`. */
  name: string;
  url: string;
  htmlBytes: number;
  /** The generated long article (incremental and memory are measured on it). */
  generated?: boolean;
}

const GENERATED_PATH = 'generated/article-10mb.html';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return /\.html?$/i.test(name) ? [path] : [];
  });
}

const digest = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

export interface ServedPages {
  pages: BenchPage[];
  /** One short article with 20 ad-like iframes, and the same article without them (section 7). */
  frames: { with: BenchPage; without: BenchPage };
  close(): Promise<void>;
}

const FRAMES_PATH = 'generated/frames-20.html';
const NO_FRAMES_PATH = 'generated/frames-0.html';

/** A short article naming Kazakhstan, with `frames` ad-like srcdoc iframes between its paragraphs. */
export function framedArticle(frames: number): string {
  const ad = (i: number) =>
    `<iframe title="ad ${i}" width="300" height="60" srcdoc="<p style='font:12px sans-serif'>Sponsored · Offer ${i}: ` +
    `save on flights today <button>Book</button></p>"></iframe>`;
  const paragraphs = Array.from({ length: 20 }, (_, i) =>
    `<p>Paragraph ${i + 1}: Kazakhstan and the CSTO discussed regional security and trade routes across Central Asia.</p>` +
    (i < frames ? ad(i) : ''),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title></head><body><article>${paragraphs.join('')}</article></body></html>`;
}

export async function servePages(extraDirs: readonly string[]): Promise<ServedPages> {
  const article = generateArticle();
  const generated: Record<string, string> = {
    [`/${GENERATED_PATH}`]: article,
    [`/${FRAMES_PATH}`]: framedArticle(20),
    [`/${NO_FRAMES_PATH}`]: framedArticle(0),
  };
  const fixtures = await startFixtureServer(FIXTURES, [
    (req, res) => {
      const body = generated[req.url ?? ''];
      if (body === undefined) return false;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body);
      return true;
    },
  ]);
  const servers: FixtureServer[] = [fixtures];
  const seen = new Set<string>();
  const pages: BenchPage[] = [];
  const add = (server: FixtureServer, root: string, path: string, label: string) => {
    const bytes = readFileSync(path);
    const hash = digest(bytes);
    if (seen.has(hash)) return;
    seen.add(hash);
    const rel = relative(root, path).split('\\').join('/');
    pages.push({ name: label ? `${label}:${rel}` : rel, url: server.url(rel), htmlBytes: bytes.length });
  };
  for (const path of htmlFiles(join(FIXTURES, 'pages')).sort()) add(fixtures, FIXTURES, path, '');
  add(fixtures, FIXTURES, join(FIXTURES, 'demo/article.html'), '');
  pages.push({ name: GENERATED_PATH, url: fixtures.url(GENERATED_PATH), htmlBytes: Buffer.byteLength(article), generated: true });
  seen.add(digest(article));
  for (const dir of extraDirs) {
    const root = resolve(dir);
    const server = await startFixtureServer(root);
    servers.push(server);
    const label = relative(process.cwd(), root) || root;
    for (const path of htmlFiles(root).sort()) add(server, root, path, label);
  }
  const servedGenerated = (path: string): BenchPage => ({ name: path, url: fixtures.url(path), htmlBytes: Buffer.byteLength(generated[`/${path}`] ?? '') });
  return {
    pages,
    frames: { with: servedGenerated(FRAMES_PATH), without: servedGenerated(NO_FRAMES_PATH) },
    close: async () => void (await Promise.all(servers.map((s) => s.close()))),
  };
}
