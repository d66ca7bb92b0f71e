import { describe, expect, it } from 'vitest';
import { collectBlocks, locate, ownBlocks } from '@/lib/page/read/blocks';

function blocksOf(html: string): string[] {
  document.body.innerHTML = html; // test input only
  return collectBlocks(document.body).map((b) => b.text);
}

describe('collectBlocks', () => {
  it('joins inline elements inside one block', () => {
    expect(blocksOf('<p>In Kazakh<b>stan</b> the S-<span>300</span> stays.</p>')).toEqual([
      'In Kazakhstan the S-300 stays.',
    ]);
  });

  it('separates blocks, so nothing joins two paragraphs', () => {
    expect(blocksOf('<p>Kazakh</p><p>stan</p><div>S-<div>300</div></div>')).toEqual([
      'Kazakh',
      'stan',
      'S-',
      '300',
    ]);
  });

  it('starts a new block after a nested block inside the same parent', () => {
    expect(blocksOf('<div>Kazakh<p>inner</p>stan</div>')).toEqual(['Kazakh', 'inner', 'stan']);
  });

  it('treats <br> as a boundary', () => {
    expect(blocksOf('<p>Kazakh<br>stan</p>')).toEqual(['Kazakh', 'stan']);
  });

  it('skips code, form controls, editable regions, hidden subtrees and our own UI', () => {
    const html = `
      <p>visible</p>
      <script>var kazakhstan = 1;</script><style>.csto{}</style><noscript>CSTO</noscript>
      <template><p>S-300</p></template>
      <textarea>Kazakhstan</textarea><select><option>Kazakhstan</option></select>
      <div contenteditable="true"><p>CSTO draft</p></div>
      <div contenteditable="false"><p>read-only</p></div>
      <div hidden><p>hidden</p></div>
      <backstory-card><p>card</p></backstory-card>`;
    expect(blocksOf(html)).toEqual(['visible', 'read-only']);
  });

  it('reads aria-hidden text: it is hidden from screen readers, not from the eye', () => {
    expect(blocksOf('<h1 aria-hidden="true">Kazakhstan</h1><div aria-hidden="true"><p>decorative</p></div>')).toEqual(['Kazakhstan', 'decorative']);
  });

  it('reads open shadow roots', () => {
    document.body.innerHTML = '<p>light</p><div id="host"></div>';
    const host = document.getElementById('host');
    const root = host?.attachShadow({ mode: 'open' });
    if (!root) throw new Error('no shadow root');
    root.innerHTML = '<p>Kazakh<i>stan</i> in shadow</p>';
    expect(collectBlocks(document.body).map((b) => b.text)).toEqual(['light', 'Kazakhstan in shadow']);
  });
});

describe('locate', () => {
  it('maps block offsets back to text nodes, on both sides of a seam', () => {
    document.body.innerHTML = '<p>Kazakh<b>stan</b>!</p>';
    const [block] = collectBlocks(document.body);
    if (!block) throw new Error('no block');
    const bold = document.querySelector('b')?.firstChild;
    expect(locate(block, 0)).toEqual({ node: block.segments[0]?.node, offset: 0 });
    expect(locate(block, 6)).toEqual({ node: bold, offset: 0 });
    expect(locate(block, 6, true)).toEqual({ node: block.segments[0]?.node, offset: 6 });
    expect(locate(block, 10, true)).toEqual({ node: bold, offset: 4 });
    expect(locate(block, 11, true)?.offset).toBe(1);
  });
});

describe('ownBlocks', () => {
  it("reads only an element's own text, not nested blocks", () => {
    document.body.innerHTML = '<div id="d">Kazakh<b>stan</b><p>nested CSTO</p>tail</div>';
    const div = document.getElementById('d');
    if (!div) throw new Error('no div');
    expect([...ownBlocks(div)].map((b) => b.text)).toEqual(['Kazakhstan', 'tail']);
  });
});
