/**
 * What the first stage follows of the page around its asks (lib/page/stage/page-watch.ts): the
 * places changed since an ask began, what an overtaken ask was reading, and, while kept, the
 * page's changes and the shadow roots an ask entered, handed over with the page it read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_CHANGED_REGIONS } from '@/lib/page/stage/page-gate';
import { PageWatch, type Reading } from '@/lib/page/stage/page-watch';
import { setBody } from './gate-page';

let watch: PageWatch | null = null;
afterEach(() => watch?.stop());

/** A watch following the document, and how many batches of changes it has seen. */
async function watching(body: string) {
  setBody(body);
  let batches = 0;
  watch = new PageWatch(document, () => batches++);
  watch.watch((callback) => new MutationObserver(callback));
  return { watch, batches: () => batches };
}

/** The changes made so far, delivered (a microtask). */
const settled = () => new Promise<void>((resolve) => queueMicrotask(resolve));

const ids = (reading: Reading) => (reading === 'all' ? 'all' : [...reading].map((element) => element.id).sort());

describe('PageWatch', () => {
  it('reads the whole page, then only the blocks that changed since the last ask began', async () => {
    const { watch, batches } = await watching('<p id="a">One</p><p id="b">Two</p><p id="c">Three</p>');
    expect(watch.begin(false)).toBe('all');
    watch.answered();
    document.querySelector('#a')!.append(' more');
    document.querySelector('#c')!.firstChild!.textContent = 'Kazakhstan';
    await settled();
    expect(batches()).toBe(1);
    expect(ids(watch.begin(true))).toEqual(['a', 'c']);
    watch.answered();
    // Nothing changed since: nothing to read.
    expect(ids(watch.begin(true))).toEqual([]);
  });

  it('gives a new ask what an ask it overtakes was reading, and the whole page past too many places', async () => {
    const { watch } = await watching('<p id="a">One</p><p id="b">Two</p>');
    watch.begin(false);
    watch.answered();
    document.querySelector('#a')!.append('!');
    await settled();
    expect(ids(watch.begin(true))).toEqual(['a']);
    // Not answered (overtaken): its places are read by the next one.
    document.querySelector('#b')!.append('!');
    await settled();
    expect(ids(watch.begin(true))).toEqual(['a', 'b']);
    watch.answered();
    for (let i = 0; i <= MAX_CHANGED_REGIONS; i++) document.body.append(Object.assign(document.createElement('p'), { textContent: `Post ${i}` }));
    await settled();
    expect(watch.begin(true)).toBe('all');
    watch.answered();
    watch.changedAll();
    expect(watch.begin(true)).toBe('all');
  });

  it("keeps the page's changes and the shadow roots an ask entered while asked to, and hands them over with the page once", async () => {
    const { watch } = await watching('<p id="a">The CSTO met.</p><div id="host"></div>');
    watch.begin(false);
    watch.keep(true);
    const shadow = document.querySelector('#host')!.attachShadow({ mode: 'open' });
    watch.follow(shadow);
    expect(watch.inShadows).toBe(true);
    document.querySelector('#a')!.append(' Again.');
    await settled();
    shadow.append('Live');
    let stopped = 0;
    const page = watch.read(null, () => (stopped++, watch.stop()));
    expect(page.shadowRoots).toEqual([shadow]);
    expect(page.records.map((record) => record.target)).toEqual([document.querySelector('#a')]);
    // The change not yet delivered comes with the release, which ends the following.
    expect(page.release().map((record) => record.target)).toEqual([shadow]);
    expect(stopped).toBe(1);
    watch.answered();
    // Not followed any more: a new post is not among the places changed.
    document.body.append(Object.assign(document.createElement('p'), { id: 'z', textContent: 'Post' }));
    await settled();
    expect(ids(watch.begin(true))).toEqual(['a']);
    expect(watch.inShadows).toBe(false);
  });

  it('keeps no changes unless asked to', async () => {
    const { watch } = await watching('<p id="a">One</p>');
    watch.begin(false);
    watch.keep(false);
    document.querySelector('#a')!.append('!');
    await settled();
    expect(watch.read(null, () => undefined).records).toEqual([]);
  });
});
