/** The icon PNGs come from the one SVG master, in every size, and read on light and dark toolbars. */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { ICON_MASTER, ICON_SIZES, iconPath, offVariant, renderIcons } from '../../../lib/build/icons';

const ROOT = new URL('../../..', import.meta.url).pathname;
const master = readFileSync(`${ROOT}/${ICON_MASTER}`, 'utf8');

type Rgb = [number, number, number];
const TOOLBARS: Record<string, Rgb> = { light: [255, 255, 255], lightGrey: [241, 243, 244], dark: [32, 33, 36], darkFirefox: [43, 42, 51] };

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** The icon drawn at `size` over a toolbar colour: the share of its pixels that stand out (≥ 3:1). */
function standsOut(svg: string, size: number, toolbar: Rgb): number {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
  let distinct = 0;
  for (let i = 0; i < image.pixels.length; i += 4) {
    const a = (image.pixels[i + 3] ?? 0) / 255;
    const over = [0, 1, 2].map((c) => Math.round((image.pixels[i + c] ?? 0) * a + toolbar[c]! * (1 - a))) as Rgb;
    if (contrast(over, toolbar) >= 3) distinct++;
  }
  return distinct / (image.width * image.height);
}

describe('icons', () => {
  it('renders every size in both states, as PNGs of that size', async () => {
    const files = await renderIcons(ROOT);
    expect(files.map((f) => f.relativeDest).sort()).toEqual(
      ICON_SIZES.flatMap((s) => [iconPath('on', s), iconPath('off', s)]).sort(),
    );
    for (const file of files) {
      const size = Number(/(\d+)\.png$/.exec(file.relativeDest)?.[1]);
      expect(file.contents.readUInt32BE(0)).toBe(0x89504e47);
      expect([file.contents.readUInt32BE(16), file.contents.readUInt32BE(20)], file.relativeDest).toEqual([size, size]);
    }
  });

  it('renders the same bytes every time (the release is rebuilt byte for byte)', async () => {
    const [a, b] = [await renderIcons(ROOT), await renderIcons(ROOT)];
    expect(a.map((f) => f.contents.toString('base64'))).toEqual(b.map((f) => f.contents.toString('base64')));
  });

  it('stands out on light and dark toolbars, on and off, at 16 px', () => {
    for (const svg of [master, offVariant(master)]) {
      for (const [name, colour] of Object.entries(TOOLBARS)) {
        expect(standsOut(svg, 16, colour), name).toBeGreaterThan(0.3);
      }
    }
  });

  it('makes the off state visibly different: grey, no amber, struck through', () => {
    const off = offVariant(master);
    expect(master).toContain('#ffc21a');
    expect(off).not.toContain('#ffc21a');
    expect(off).not.toContain('#1e4fd8');
    expect(off).toMatch(/<path d="M26 102 L102 26"/);
    const on16 = new Resvg(master, { fitTo: { mode: 'width', value: 16 } }).render().pixels;
    const off16 = new Resvg(off, { fitTo: { mode: 'width', value: 16 } }).render().pixels;
    let changed = 0;
    for (let i = 0; i < on16.length; i += 4) if (Math.abs((on16[i] ?? 0) - (off16[i] ?? 0)) > 40) changed++;
    expect(changed / (16 * 16)).toBeGreaterThan(0.4);
  });

  it('refuses a master whose shapes the off state cannot find', () => {
    expect(() => offVariant('<svg xmlns="http://www.w3.org/2000/svg"></svg>')).toThrow(/no <rect id="tile"/);
  });
});
