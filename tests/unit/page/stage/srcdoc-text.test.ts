/**
 * A `srcdoc` frame's text from its attribute (lib/page/stage/srcdoc-text.ts): the markup dropped
 * without spaces (a word split by inline tags stays one word), references decoded, and null —
 * read the frame's document instead — wherever the markup can change or add text, or a reference
 * is not one decoded here.
 */
import { describe, expect, it } from 'vitest';
import { staticSrcdocText } from '@/lib/page/stage/srcdoc-text';

describe('staticSrcdocText', () => {
  it('gives the text of static markup, tags dropped as they stand', () => {
    expect(staticSrcdocText("<p style='font:12px sans-serif'>Sponsored · Offer 3: save on flights today <button>Book</button></p>")).toBe(
      'Sponsored · Offer 3: save on flights today Book',
    );
    expect(staticSrcdocText('<!doctype html><p>Kazakh<b>stan</b> and the <abbr title="x">CSTO</abbr></p>')).toBe('Kazakhstan and the CSTO');
  });

  it('decodes numeric references and the common named ones', () => {
    expect(staticSrcdocText('<p>Kaz&#97;khstan &amp; the &#x421;&#x41D;&#x413; &lt;S-300&gt;&nbsp;</p>')).toBe('Kazakhstan & the СНГ <S-300>\u00a0');
    // Out of range or a surrogate: the replacement character, as a parser reads it.
    expect(staticSrcdocText('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd');
  });

  it('sends a frame with any other named reference to be read from its document', () => {
    expect(staticSrcdocText('<p>K&aacute;zakhstan</p>')).toBeNull();
  });

  it('sends a frame whose markup can change or add text to be read from its document', () => {
    for (const live of [
      '<p>Ad</p><script>document.body.append("Kazakhstan")</script>',
      '<p>Ad</p><SCRIPT src="ad.js"></SCRIPT>',
      '<img src=x onerror="document.write(1)">',
      '<body onload=go()>',
      '<iframe src="https://ads.example/"></iframe>',
      '<object data="x.swf"></object>',
      '<embed src="x">',
      '<template><p>later</p></template>',
      '<a href="javascript:void 0">Book</a>',
    ]) expect(staticSrcdocText(live), live).toBeNull();
  });

  it('keeps a text that only looks like markup', () => {
    expect(staticSrcdocText('<p>a &lt;script&gt; tag</p>')).toBe('a <script> tag');
  });
});
