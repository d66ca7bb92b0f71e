/** A block's language is the nearest `lang` attribute's, an empty one meaning unknown, else the document's. */
import { describe, expect, it } from 'vitest';
import { BlockLanguages } from '@/lib/page/read/language';

describe('BlockLanguages', () => {
  it('answers as closest("[lang]") would, remembering ancestors', () => {
    document.body.innerHTML = `
      <div id="ru" lang="ru"><p id="a">x</p><section><p id="b">y</p><p id="c" lang="kk">z</p></section></div>
      <div lang=""><p id="empty">w</p></div><p id="none">v</p>`;
    const languages = new BlockLanguages('en');
    const of = (id: string) => languages.of(document.getElementById(id) as Element);
    const reference = (id: string) => document.getElementById(id)?.closest('[lang]')?.getAttribute('lang') || 'en';
    for (const id of ['a', 'b', 'c', 'empty', 'none', 'b', 'a', 'ru']) expect(of(id)).toBe(reference(id));
    expect(new BlockLanguages(undefined).of(document.getElementById('none') as Element)).toBeUndefined();
  });
});
