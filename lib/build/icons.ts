/**
 * Build step: renders the one icon master (lib/public/icon/icon.svg) to every PNG size the stores
 * and toolbars need, in two states: on, and off (Backstory switched off on the site: greyed and
 * struck through). Called by the WXT hook in wxt.config.ts, so the PNGs can never drift from the
 * SVG; resvg renders the same bytes for the same SVG on every machine.
 * Relative imports only: the hook loads this file outside Vite.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ICON_SIZES, iconPath, type IconState } from './icon-paths';

export { ICON_SIZES, iconPath, iconPaths } from './icon-paths';

export const ICON_MASTER = 'lib/public/icon/icon.svg';

/** Off: every colour greyed, and a stroke across (visible on any toolbar: dark core, light rim). */
const OFF_FILLS: Record<string, string> = {
  tile: 'fill="#767b86" stroke="#e4e6ea"',
  line: 'fill="#eceef1"',
  mark: 'fill="#c3c7ce"',
  word: 'fill="#4b505a"',
  line2: 'fill="#eceef1"',
};
const STRIKE =
  '<path d="M26 102 L102 26" stroke="#ffffff" stroke-width="22" stroke-linecap="round"/>' +
  '<path d="M26 102 L102 26" stroke="#1f2328" stroke-width="11" stroke-linecap="round"/>';

/** The master recoloured for the off state: the same shapes, so both states line up. */
export function offVariant(svg: string): string {
  let out = svg;
  for (const [id, paint] of Object.entries(OFF_FILLS)) {
    const element = new RegExp(`(<rect id="${id}"[^>]*?)\\s(?:fill="[^"]*"(?:\\s+stroke="[^"]*")?)`);
    if (!element.test(out)) throw new Error(`icon master: no <rect id="${id}" fill=…>`);
    out = out.replace(element, `$1 ${paint}`);
  }
  return out.replace('</svg>', `${STRIKE}</svg>`);
}

export interface IconFile {
  relativeDest: string;
  contents: Buffer;
}

export async function renderIcons(root: string): Promise<IconFile[]> {
  const { Resvg } = await import('@resvg/resvg-js');
  const master = readFileSync(join(root, ICON_MASTER), 'utf8');
  const sources: Record<IconState, string> = { on: master, off: offVariant(master) };
  const files: IconFile[] = [];
  for (const state of ['on', 'off'] as const) {
    for (const size of ICON_SIZES) {
      const png = new Resvg(sources[state], { fitTo: { mode: 'width', value: size } }).render().asPng();
      files.push({ relativeDest: iconPath(state, size), contents: png });
    }
  }
  return files;
}

/**
 * Renders the icons into `outDir` (WXT copies public files from disk: its generated files are
 * text only) and returns them as WXT's public files.
 */
export async function writeIcons(root: string, outDir: string): Promise<{ absoluteSrc: string; relativeDest: string }[]> {
  return (await renderIcons(root)).map(({ relativeDest, contents }) => {
    const absoluteSrc = join(outDir, relativeDest);
    mkdirSync(dirname(absoluteSrc), { recursive: true });
    writeFileSync(absoluteSrc, contents);
    return { absoluteSrc, relativeDest };
  });
}
