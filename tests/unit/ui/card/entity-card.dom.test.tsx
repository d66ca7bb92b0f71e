import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CardData, RankedPassage } from '@/lib/corpus/types';
import { coMentioned, EntityCard } from '@/lib/ui/card/EntityCard';

const doc = {
  id: '000_64255a36b834ab02',
  origin: 'bundled' as const,
  file: '000_64255a36b834ab02.txt',
  language: 'tl',
  title: { text: "Kazakhstan's arms market", language: 'en', editorial: true },
  source: 'seed document; publisher unknown',
  date: { refersTo: 'content' as const, precision: 'year-range' as const, value: '2010/2013', inferredFrom: 'content' },
  published: { refersTo: 'publication' as const, precision: 'unknown' as const, value: null, inferredFrom: '' },
};

function passage(paragraph: number, text: string, entities: string[], translation: string | null): RankedPassage {
  const s300 = text.indexOf('S-300');
  return {
    id: `${doc.id}#${paragraph}`,
    document: doc,
    paragraph,
    text,
    language: 'tl',
    script: 'Latn',
    sentences: [[0, text.length]],
    mentions: s300 >= 0 ? [{ entity: 's300', start: s300, end: s300 + 5, tier: 'name' }] : [],
    entities,
    translation: translation ? { text: translation, language: 'en', kind: 'editorial', mentions: [] } : null,
    originalEnglish: false,
    citation: { corpusVersion: 'v1', documentId: doc.id, passageId: `${doc.id}#${paragraph}`, paragraph },
    score: 1,
    entityMentions: 1,
  };
}

const card: CardData = {
  entity: { id: 's300', name: 'S-300', kind: 'weapon-system', description: 'Long-range surface-to-air missile system.', highlight: true },
  passages: [
    passage(4, 'Tulad ng para sa mga S-300 na mga kumplikado.', ['s300', 'russia', 'ukraine'], 'As for the S-300 complexes.'),
    passage(2, 'Naibigay ng Ukraine ang S-300.', ['ukraine', 's300', 'kazakhstan'], null),
  ],
  totalPassages: 2,
  corpusVersion: 'v1',
};

const names: Record<string, string> = { russia: 'Russia', ukraine: 'Ukraine', kazakhstan: 'Kazakhstan', s300: 'S-300' };
const nameOf = (id: string) => names[id] ?? id;

afterEach(() => render(null, document.body));

describe('EntityCard', () => {
  it('counts one passage in the singular (plural rules)', () => {
    const one = { ...card, passages: card.passages.slice(0, 1), totalPassages: 1 };
    render(<EntityCard entity="s300" state={{ status: 'ready', card: one }} nameOf={nameOf} />, document.body);
    expect(document.querySelector('.card > [role="status"]')?.textContent).toBe('1 passage about S-300.');
  });

  it('tells screen readers that it is looking, then what it found, in one status region of its own', () => {
    render(<EntityCard entity="s300" state={{ status: 'loading' }} nameOf={nameOf} />, document.body);
    expect(document.querySelector('.card > [role="status"]')?.textContent).toBe('Looking up the corpus…');
    render(<EntityCard entity="s300" state={{ status: 'ready', card }} nameOf={nameOf} />, document.body);
    const status = document.querySelectorAll('.card > [role="status"]');
    expect(status).toHaveLength(1);
    expect(status[0]?.textContent).toBe('2 passages about S-300.');
    expect(status[0]?.className).toBe('sr-only');
  });

  it('is a dialog named after the entity, with passages, translations and co-mentions', () => {
    const onSearch = vi.fn();
    render(
      <EntityCard entity="s300" state={{ status: 'ready', card }} recognised={{ surface: 'S-300PMU-2', how: 'variant PMU2' }} nameOf={nameOf} onSearch={onSearch} />,
      document.body,
    );
    const dialog = document.querySelector('[role="dialog"]');
    const labelledBy = dialog?.getAttribute('aria-labelledby') ?? '';
    expect(document.getElementById(labelledBy)?.textContent).toBe('S-300');
    expect(document.body.textContent).toContain('Weapon system');
    expect(document.body.textContent).toContain('Recognised here as: S-300PMU-2 — variant PMU2');
    // The page's text is isolated in its own direction; the card has the UI's.
    expect(document.querySelector('.recognised bdi')?.textContent).toBe('S-300PMU-2');
    expect(dialog?.getAttribute('dir')).toBe('ltr');
    expect([...document.querySelectorAll('.passage .title > bdi')].map((b) => b.textContent)).toEqual(["Kazakhstan's arms market", "Kazakhstan's arms market"]);
    expect([...document.querySelectorAll('.passage')].map((p) => p.getAttribute('lang'))).toEqual(['tl', 'tl']);
    expect([...document.querySelectorAll('mark.focus')].map((m) => m.textContent)).toEqual(['S-300', 'S-300']);
    expect(document.querySelector('.translation')?.textContent).toBe('Translation (editorial, English): As for the S-300 complexes.');
    expect(document.querySelector('.also')?.textContent).toBe('Also mentioned: Ukraine, Russia, Kazakhstan');
    expect(document.querySelector('.source .meta')?.textContent).toContain('Tagalog · c. 2010–2013 · ¶4');
    (document.querySelector('.search-link') as HTMLButtonElement).click();
    expect(onSearch).toHaveBeenCalledWith('S-300');
  });

  it('hides and shows the translation', async () => {
    render(<EntityCard entity="s300" state={{ status: 'ready', card }} nameOf={nameOf} />, document.body);
    const toggle = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Hide translation');
    toggle?.click();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(document.querySelector('.translation')).toBeNull();
    expect(toggle?.getAttribute('aria-pressed')).toBe('false');
  });

  it('says plainly when the corpus fails or has nothing', () => {
    render(<EntityCard entity="csto" state={{ status: 'error', message: 'database closed' }} nameOf={nameOf} />, document.body);
    expect(document.querySelector('[role="alert"]')?.textContent).toBe('The corpus could not answer: database closed');
    render(
      <EntityCard entity="s300" state={{ status: 'ready', card: { ...card, passages: [], totalPassages: 0 } }} nameOf={nameOf} />,
      document.body,
    );
    expect(document.body.textContent).toContain('No passages in the corpus mention S-300 yet.');
  });

  it('loads more passages on "more", after the ones shown, until all are there', async () => {
    const third = passage(7, 'Isa pang S-300.', ['s300'], null);
    const first = { ...card, totalPassages: 3 };
    // The longer list ranks differently: what is shown stays first, only the new one is added.
    const loadMore = vi.fn((limit: number) => Promise.resolve({ ok: true as const, value: { ...card, passages: [third, ...card.passages].slice(0, limit), totalPassages: 3 } }));
    render(<EntityCard entity="s300" state={{ status: 'ready', card: first }} nameOf={nameOf} loadMore={loadMore} />, document.body);
    expect(document.querySelector('.passages-title')?.textContent).toBe('Passages (2 of 3)');
    (document.querySelector('.more-passages') as HTMLButtonElement).click();
    expect(loadMore).toHaveBeenCalledWith(7);
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
    expect([...document.querySelectorAll<HTMLElement>('.passage')].map((p) => p.dataset.passage)).toEqual([card.passages[0]?.id, card.passages[1]?.id, third.id]);
    expect(document.querySelector('.passages-title')?.textContent).toBe('Passages (3 of 3)');
    expect(document.querySelector('.more-passages')).toBeNull();
  });

  it('takes the keyboard to the first new passage once "more" has loaded it, and keeps it on "more" while loading', async () => {
    const third = passage(7, 'Isa pang S-300.', ['s300'], null);
    let answer!: () => void;
    const loadMore = vi.fn(
      (limit: number) =>
        new Promise<{ ok: true; value: typeof card }>((resolve) => (answer = () => resolve({ ok: true, value: { ...card, passages: [...card.passages, third].slice(0, limit), totalPassages: 3 } }))),
    );
    render(<EntityCard entity="s300" state={{ status: 'ready', card: { ...card, totalPassages: 3 } }} nameOf={nameOf} loadMore={loadMore} />, document.body);
    const more = document.querySelector('.more-passages') as HTMLButtonElement;
    more.focus();
    more.click();
    await new Promise((r) => setTimeout(r, 0));
    expect(more.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(more);
    more.click(); // a second press while loading asks for nothing more
    expect(loadMore).toHaveBeenCalledTimes(1);
    answer();
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
    expect(document.querySelector('.more-passages')).toBeNull();
    expect((document.activeElement as HTMLElement | null)?.dataset.passage).toBe(third.id);
  });

  it('shows no "more" without a way to load it, and says so when loading fails', async () => {
    render(<EntityCard entity="s300" state={{ status: 'ready', card: { ...card, totalPassages: 9 } }} nameOf={nameOf} />, document.body);
    expect(document.querySelector('.more-passages')).toBeNull();
    const loadMore = () => Promise.resolve({ ok: false as const, error: 'database closed' });
    render(<EntityCard entity="s300" state={{ status: 'ready', card: { ...card, totalPassages: 9 } }} nameOf={nameOf} loadMore={loadMore} />, document.body);
    (document.querySelector('.more-passages') as HTMLButtonElement).click();
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 0));
    expect(document.querySelector('[role="alert"]')?.textContent).toBe('The corpus could not answer: database closed');
    expect(document.querySelectorAll('.passage')).toHaveLength(2);
  });

  it('ranks co-mentioned entities by how many passages name them', () => {
    expect(coMentioned(card)).toEqual(['ukraine', 'russia', 'kazakhstan']);
  });
});
