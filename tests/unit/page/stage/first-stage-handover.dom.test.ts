/**
 * What the first stage (lib/page/stage/first-stage.ts) hands the second stage it had injected
 * (handoff.ts `handover`): the values the background sent with the injection, and the page as the
 * gate read it in whole blocks with the mentions the background found in its last chunk — so the
 * second stage neither reads storage nor reads and asks about the page again — and the page's
 * changes since the reading began, followed until the second stage follows them itself.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compiledCatalogue } from '@/lib/entities';
import { summaryOf } from '@/lib/entities/matcher-summary';
import { MATCHER_SUMMARY_STORAGE_KEY, PAGE_GATE_STORAGE_KEY } from '@/lib/entities/storage-keys';
import { FirstStage } from '@/lib/page/stage/first-stage';
import { findHandoff, type StageHandover } from '@/lib/page/stage/handoff';
import { DEFAULT_SETTINGS } from '@/lib/settings/schema';
import { SETTINGS_AREA_KEY } from '@/lib/settings/storage-key';
import { TEXT_BUILD_KEY } from '@/lib/text/build-key';
import { fakeApi, freshStageWorld, GATE, injectFake } from './fake-stage';

const SUMMARY = summaryOf(TEXT_BUILD_KEY, compiledCatalogue(), { kazakhstan: 'Kazakhstan', csto: 'CSTO', s300: 'S-300' });
const SETTINGS = { ...DEFAULT_SETTINGS, entities: { s300: false } };
const STORED = { [PAGE_GATE_STORAGE_KEY]: GATE, [MATCHER_SUMMARY_STORAGE_KEY]: SUMMARY, [SETTINGS_AREA_KEY]: SETTINGS };

let controller: AbortController;

async function loaded(body: string | (() => void)) {
  if (typeof body === 'string') document.body.innerHTML = body;
  else body();
  const fake = fakeApi(STORED);
  const stage = new FirstStage(document, fake.api, controller.signal, injectFake);
  await stage.ready;
  await vi.waitFor(() => expect(stage.state).toBe('loaded'));
  const handover = await findHandoff()?.handover;
  if (handover === undefined) throw new Error('no handover in the handoff');
  return { fake, handover };
}

const texts = (handover: StageHandover | null) => handover?.scan?.blocks.map((b) => b.text);

beforeEach(() => {
  controller = new AbortController();
  freshStageWorld();
});

afterEach(() => controller.abort());

describe('the first stage hands over', () => {
  it('the values sent with the injection and the page it read, with the mentions the background found', async () => {
    const { fake, handover } = await loaded('<h1>Weather</h1><p>Troops of the <b>CSTO</b> arrived in Kazakhstan with S-300 systems.</p>');
    expect(handover?.start).toEqual({ [SETTINGS_AREA_KEY]: SETTINGS, [MATCHER_SUMMARY_STORAGE_KEY]: SUMMARY });
    expect(texts(handover)).toEqual(['Weather', 'Troops of the CSTO arrived in Kazakhstan with S-300 systems.']);
    // Matched for the summary's matcher and the entities the settings highlight (not the S-300).
    expect(handover?.scan).toMatchObject({
      key: TEXT_BUILD_KEY,
      entities: ['kazakhstan', 'csto'],
      mentions: [[], [{ entity: 'csto', start: 14, end: 18 }, { entity: 'kazakhstan', start: 30, end: 40 }]],
      shadowRoots: [],
    });
    // Nothing was read from storage, and one message was sent.
    expect(fake.reads).toEqual([]);
    expect(fake.gateRequests).toHaveLength(1);
  });

  it('each block with its language as the scan reads it, for the background to match in', async () => {
    document.documentElement.lang = 'ru';
    try {
      const { fake } = await loaded('<p>ОДКБ собралась.</p><div lang="ky"><p>ЖККУ</p></div><p lang="">Kazakhstan</p>');
      expect(fake.gateRequests[0]?.blocks?.langs).toEqual(['ru', 'ky', 'ru']);
      document.body.innerHTML = '<p>The CSTO met.</p><p>Kazakhstan replied.</p>';
      const plain = fakeApi(STORED);
      controller.abort();
      controller = new AbortController();
      freshStageWorld();
      const stage = new FirstStage(document, plain.api, controller.signal, injectFake);
      await stage.ready;
      // Nothing in the body declares one: every block is in the document's.
      expect(plain.gateRequests[0]?.blocks?.langs).toEqual(['ru', 'ru']);
    } finally {
      document.documentElement.removeAttribute('lang');
    }
  });

  it("the page's changes since it read it, until the second stage takes them, and then follows none", async () => {
    const { handover } = await loaded('<p>The CSTO met.</p><div id="feed"></div>');
    const post = document.createElement('p');
    post.textContent = 'Kazakhstan replied.';
    document.querySelector('#feed')!.append(post);
    const records = handover?.scan?.takeRecords() ?? [];
    expect(records.some((r) => r.type === 'childList' && [...r.addedNodes].includes(post))).toBe(true);
    document.querySelector('#feed')!.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(handover?.scan?.takeRecords()).toEqual([]);
  });

  it('the open shadow roots it read, whose changes it follows too', async () => {
    const { handover } = await loaded(() => {
      document.body.innerHTML = '<p>Live</p><x-post></x-post>';
      const shadow = document.querySelector('x-post')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<p>The CSTO met.</p>';
    });
    const shadow = document.querySelector('x-post')!.shadowRoot!;
    expect(handover?.scan?.shadowRoots).toEqual([shadow]);
    expect(texts(handover)).toEqual(['Live', 'The CSTO met.']);
    shadow.querySelector('p')!.append(' In Astana.');
    expect((handover?.scan?.takeRecords() ?? []).map((r) => r.target)).toContain(shadow.querySelector('p'));
  });

  it('no page when a chunk before the end holds the mention: the second stage reads the rest itself', async () => {
    const filler = '<p>The weather in Paris was fine, and the market was quiet that day.</p>'.repeat(1100);
    const { handover } = await loaded(`<p>The CSTO met.</p>${filler}`);
    expect(handover?.start).toEqual({ [SETTINGS_AREA_KEY]: SETTINGS, [MATCHER_SUMMARY_STORAGE_KEY]: SUMMARY });
    expect(handover?.scan).toBeNull();
  });

  it('nothing to a second stage loaded for a message on a page the gate turned away', async () => {
    document.body.innerHTML = '<p>The weather in Paris was fine.</p>';
    const fake = fakeApi(STORED);
    const stage = new FirstStage(document, fake.api, controller.signal, injectFake);
    await stage.ready;
    expect(stage.state).toBe('gated');
    const pending = findHandoff()?.handover;
    expect(pending).toBeInstanceOf(Promise);
    await fake.ask('pageMentions');
    expect(await pending).toBeNull();
    // That second stage reads its start values from storage, read as it was asked for.
    expect(fake.reads).toHaveLength(1);
  });
});
