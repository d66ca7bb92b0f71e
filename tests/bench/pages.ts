/**
 * The pages the scan benchmark loads: the project's fixture pages, the demo article, a
 * generated 10 MB article, and the HTML files of any folder given on the command line (searched
 * recursively; copies of pages already in the list are skipped). Each folder is served from
 * 127.0.0.1 by the e2e harness's fixture server, with its local-only Content-Security-Policy.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { FIXTURES } from '../harness/paths';
import { startFixtureServer, type FixtureServer } from '../harness/server';
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
  close(): Promise<void>;
}

export async function servePages(extraDirs: readonly string[]): Promise<ServedPages> {
  const article = generateArticle();
  const fixtures = await startFixtureServer(FIXTURES, [
    (req, res) => {
      if (req.url !== `/${GENERATED_PATH}`) return false;
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(article);
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
  return { pages, close: async () => void (await Promise.all(servers.map((s) => s.close()))) };
}
