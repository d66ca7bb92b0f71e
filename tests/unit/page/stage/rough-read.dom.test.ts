/**
 * The rough read (lib/page/stage/rough-read.ts): the gate's first, cheap question about a page.
 * Its text must let through every page the scanner finds a mention on (random pages, open
 * shadow roots of custom elements, words split around a script), leave out the scripts and
 * hidden elements that are the body's own children, and stop short only where its header says.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRoughly, ROUGH_LIMIT, ROUGH_MIN_ELEMENTS, roughText as roughOrNull } from '@/lib/page/stage/rough-read';
import { prefilter, scannerFinds, setBody } from './gate-page';

/** The rough text, which these pages never make too long. */
function roughText(root: ParentNode & Node): string {
  const text = roughOrNull(root);
  if (text === null) throw new Error('no rough text');
  return text;
}

describe('rough read', () => {
  it("reads the body's children at once, leaving out the scripts, styles and hidden elements among them", () => {
    const body = setBody('<p>One <b>two</b></p>three<script>var kazakhstan = 1;</script><div hidden>Hidden</div><style>p{}</style><div>four</div>');
    expect(roughText(body)).toBe('One twothreefour');
  });

  it('keeps the text of elements nested deeper whole, scripts and hidden text included (it may pass more, never less)', () => {
    const body = setBody('<div><p>In <span hidden>Kazakhstan</span></p><script>"S-300"</script></div>');
    expect(roughText(body)).toBe('In Kazakhstan"S-300"');
    expect(prefilter.mayMatch(roughText(body))).toBe(true);
    expect(scannerFinds(body)).toBe(false);
  });

  it('joins inline text on either side of a skipped child, as a block does', () => {
    const body = setBody('<b>Kazakh</b><script>x</script><b>stan</b>');
    expect(scannerFinds(body)).toBe(true);
    expect(prefilter.mayMatch(roughText(body))).toBe(true);
  });

  it('reads the open shadow roots of custom elements, nested ones too, and not of SVG', () => {
    const body = setBody('<p>Nothing here</p><news-teaser></news-teaser><svg><g></g></svg>');
    const teaser = body.querySelector('news-teaser') as HTMLElement;
    teaser.attachShadow({ mode: 'open' }).innerHTML = '<style>p{}</style><p>Teaser</p><inner-widget></inner-widget>';
    const inner = teaser.shadowRoot?.querySelector('inner-widget') as HTMLElement;
    inner.attachShadow({ mode: 'open' }).innerHTML = '<p>the S-300 system</p>';
    expect(roughText(body)).toBe('Nothing here\nTeaser\nthe S-300 system');
    expect(prefilter.mayMatch(roughText(body))).toBe(true);
  });

  it('does not enter a shadow root on a standard element (a limit the header names)', () => {
    const body = setBody('<p>Nothing here</p><div id="host"></div>');
    (body.querySelector('#host') as HTMLElement).attachShadow({ mode: 'open' }).innerHTML = '<p>the S-300 system</p>';
    expect(scannerFinds(body)).toBe(true);
    expect(roughText(body)).toBe('Nothing here');
  });

  it('leaves a page of few elements, or of more text than is sent at once, to be walked (without reading all of it)', () => {
    expect(readRoughly(setBody('<pre>Kazakhstan</pre>'))).toBeNull();
    const many = `<nav>${'<i></i>'.repeat(ROUGH_MIN_ELEMENTS)}</nav>`;
    expect(readRoughly(setBody(`${many}<pre>Kazakhstan</pre>`))).toBe('Kazakhstan');
    const long = 'x'.repeat(ROUGH_LIMIT / 2 + 1);
    const body = setBody(`${many}<p>${long}</p><p>${long}</p><p>more</p>`);
    expect(readRoughly(body)).toBeNull();
    // It stops at the child that takes it past the limit: the ones after are not read.
    let read = 0;
    const last = body.lastElementChild as HTMLElement;
    Object.defineProperty(last, 'textContent', { get: () => (read++, 'more') });
    expect(roughOrNull(body, ROUGH_LIMIT)).toBeNull();
    expect(read).toBe(0);
  });

  it('never turns away a random page the scanner finds a mention on', () => {
    const forms = ['Kazakhstan', 'Казахстана', 'CSTO', 'ОДКБ', 'S-300', 'С-300ПМУ-1', 'कज़ाख़स्तान', '哈萨克斯坦', 'Kazakistan’ın'];
    const piece = fc.oneof(
      fc.constantFrom(...forms),
      fc.string({ maxLength: 6 }),
      fc.constantFrom('\u00AD', '\u200B', ' ', '\u0301', 'stan', 'Kazakh', '300'),
    );
    // Skipped elements among the body's children; inside them, only elements that are read.
    const inner = fc.array(fc.record({ tag: fc.constantFrom('b', 'span', 'p', 'div', 'em'), pieces: fc.array(piece, { maxLength: 3 }) }), { maxLength: 3 });
    const child = fc.record({ tag: fc.constantFrom('b', 'span', 'p', 'div', 'script', 'rt', 'style'), pieces: fc.array(piece, { maxLength: 3 }), inner });
    fc.assert(
      fc.property(fc.array(child, { maxLength: 6 }), (children) => {
        document.body.replaceChildren();
        for (const { tag, pieces, inner: nested } of children) {
          const el = document.createElement(tag);
          for (const text of pieces) el.append(document.createTextNode(text));
          for (const { tag: innerTag, pieces: innerPieces } of nested) {
            const innerEl = document.createElement(innerTag);
            for (const text of innerPieces) innerEl.append(document.createTextNode(text));
            el.append(innerEl);
          }
          document.body.append(el);
        }
        if (scannerFinds(document.body)) expect(prefilter.mayMatch(roughText(document.body))).toBe(true);
      }),
      { numRuns: 2000, seed: 20261207 },
    );
  });
});
