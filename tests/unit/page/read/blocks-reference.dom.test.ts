/**
 * The block walk (lib/page/read/blocks.ts) is tuned for speed: no filter callback, one query for the
 * skipped elements, blocks remembered per inline element. This pins it to the plain walk it
 * replaced — a TreeWalker whose filter decides every node — on every fixture page and on the
 * tricky cases: the same blocks, the same text, the same text nodes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { blockOf, isInlineElement, isSkippedElement, ownBlocks, walkBlocks, type TextBlock } from '@/lib/page/read/blocks';

/** The reference: every node through a filter callback, as the first version did. */
function* referenceWalk(root: Node, ownOnly: boolean): Generator<TextBlock> {
  const doc = root.nodeType === 9 ? (root as Document) : (root.ownerDocument as Document);
  let boundary = 0;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4, {
    acceptNode(node: Node): number {
      if (node.nodeType !== 1 || node === root) return 1;
      const el = node as Element;
      if (isSkippedElement(el)) return 2;
      if (!isInlineElement(el)) {
        boundary++;
        if (ownOnly) return 2;
      }
      return 1;
    },
  });
  let current: TextBlock | null = null;
  let currentBoundary = -1;
  let text = '';
  const finish = (): TextBlock | null => {
    const done = current && /\S/.test(text) ? { ...current, text } : null;
    current = null;
    text = '';
    return done;
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      const shadow = (node as Element).shadowRoot;
      if (shadow && !ownOnly) {
        const done = finish();
        if (done) yield done;
        yield* referenceWalk(shadow, false);
        boundary++;
      }
      continue;
    }
    const data = (node as Text).data;
    if (data.length === 0) continue;
    const block = blockOf(node) ?? (node.parentNode as ShadowRoot | null)?.host ?? null;
    if (!block) continue;
    if (!current || current.element !== block || currentBoundary !== boundary) {
      const done = finish();
      if (done) yield done;
      current = { element: block, text: '', segments: [] };
      currentBoundary = boundary;
    }
    current.segments.push({ node: node as Text, start: text.length });
    text += data;
  }
  const done = finish();
  if (done) yield done;
}

function reference(root: Node, ownOnly = false): TextBlock[] {
  if (root.nodeType === 1 && isSkippedElement(root as Element)) return [];
  return [...referenceWalk(root, ownOnly)];
}

const PAGES = 'tests/fixtures/pages';

describe('the block walk matches the reference walk', () => {
  it.each(readdirSync(PAGES).filter((f) => f.endsWith('.html')))('on %s', (file) => {
    const html = readFileSync(`${PAGES}/${file}`, 'utf8');
    // A window of its own that fetches and runs nothing (and reports nothing to the console).
    const window = new Window({
      settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
    });
    const parse = (source: string) => new window.DOMParser().parseFromString(source, 'text/html') as unknown as Document;
    let doc: Document;
    try {
      doc = parse(html);
    } catch {
      // happy-dom's parser trips on a second document inside a table (as in html-blocks.ts).
      doc = parse(html.replace(/<\/?(?:html|head|body)(?:\s[^>]*)?>/gi, ''));
    }
    expect([...walkBlocks(doc.body)]).toEqual(reference(doc.body));
    // Reading one element's own text, for a sample of elements.
    const elements = [...doc.body.querySelectorAll('*')].filter((_, i) => i % 7 === 0);
    for (const el of elements) expect([...ownBlocks(el)]).toEqual(reference(el, true));
    void window.happyDOM.close();
  });

  it('on boundaries, skipped subtrees, inline roots and shadow roots', () => {
    document.body.innerHTML = `
      <div id="a">Kazakh<br>stan <b>S-<i>3</i>00</b><img>CSTO<p></p>tail<script>x</script>more
        <span hidden>gone</span><span aria-hidden="false">kept</span><em contenteditable="false">ro</em>
        <u contenteditable>draft</u><svg><title>t</title><text>svg text</text></svg>
        <a id="inline">link <b>bold<div>block</div>after</b> end</a></div>
      <p id="host"></p><span id="spanhost">light</span><my-widget id="custom">slot text</my-widget>`;
    const shadow = (id: string, html: string) => {
      const root = document.getElementById(id)?.attachShadow({ mode: 'open' });
      if (!root) throw new Error(id);
      root.innerHTML = html;
    };
    shadow('host', '<p>Kazakh<i>stan</i></p>top text<span>inline at the top</span><div hidden>no</div>');
    shadow('spanhost', '<b>in a span host</b>');
    shadow('custom', 'custom <em>element</em>');
    expect([...walkBlocks(document.body)]).toEqual(reference(document.body));
    for (const id of ['a', 'inline', 'host']) {
      const el = document.getElementById(id) as Element;
      expect([...walkBlocks(el)]).toEqual(reference(el));
      expect([...ownBlocks(el)]).toEqual(reference(el, true));
    }
    const bold = document.querySelector('#inline b') as Element;
    expect([...walkBlocks(bold)]).toEqual(reference(bold));
  });
});
