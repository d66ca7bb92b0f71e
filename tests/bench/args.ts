/**
 * Command line of `npm run bench`:
 *
 *   npm run bench [-- [FOLDER…] [--update-readme] [--runs N] [--browsers chromium,firefox]
 *                    [--sections scan,incremental,card,popup,corpus,memory,load,library,size,matcher,scale,hostile]
 *                    (scale, the library at 100,000 passages, and hostile, the hostile pages, only when named)
 *                    [--pages SUBSTRING] [--no-build] [--from RESULTS.json]]
 *
 * FOLDERs hold more pages to scan (searched recursively for .html). Every figure is the median
 * of `--runs` runs (at least 5 for the README). `--from` measures nothing: it prints (and with
 * --update-readme writes) the tables of an earlier run's JSON file again.
 */
export const SECTIONS = ['scan', 'incremental', 'card', 'popup', 'corpus', 'memory', 'load', 'library', 'size', 'matcher', 'scale', 'hostile'] as const;
/** Sections run only when named with --sections: scale fills the database with 100,000 passages, the hostile pages take minutes. */
const OPT_IN: readonly string[] = ['scale', 'hostile'];
export type Section = (typeof SECTIONS)[number];
export type BrowserChoice = 'chromium' | 'firefox';

export interface BenchArgs {
  folders: string[];
  updateReadme: boolean;
  runs: number;
  browsers: BrowserChoice[];
  sections: Set<Section>;
  /** Only the pages whose name contains this. */
  pages: string | null;
  build: boolean;
  from: string | null;
}

export const MIN_RUNS = 5;

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    folders: [],
    updateReadme: false,
    runs: MIN_RUNS,
    browsers: ['chromium', 'firefox'],
    sections: new Set(SECTIONS.filter((s) => !OPT_IN.includes(s))),
    pages: null,
    build: true,
    from: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--update-readme') args.updateReadme = true;
    else if (arg === '--no-build') args.build = false;
    else if (arg === '--runs') args.runs = Number(value());
    else if (arg === '--pages') args.pages = value();
    else if (arg === '--from') args.from = value();
    else if (arg === '--browsers') {
      args.browsers = value().split(',').filter((b): b is BrowserChoice => b === 'chromium' || b === 'firefox');
    } else if (arg === '--sections') {
      const wanted = value().split(',');
      args.sections = new Set(SECTIONS.filter((s) => wanted.includes(s)));
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else args.folders.push(arg);
  }
  if (!Number.isFinite(args.runs)) throw new Error('--runs needs a number');
  return args;
}
