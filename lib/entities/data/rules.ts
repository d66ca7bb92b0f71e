/**
 * Context rules shared by several alias groups. Each is a list: the group is vetoed (or, under
 * `needs`, corroborated) when any rule in it holds.
 */
import type { ContextRule } from '../types';

/** Kazakh the language: "Kazakh language", "in Kazakh.", "in Kazakh and Russian", 哈萨克语. */
export const languageUse: readonly ContextRule[] = [
  { cues: ['language'], where: 'after', gap: 2 },
  { cues: ['language'], where: 'before', gap: 2 },
  { cues: ['language-word'], where: 'covering' },
  { all: [{ cues: ['copula'], where: 'after', gap: 1 }, { cues: ['language'], where: 'after', gap: 30 }] },
  { all: [{ cues: ['language-preposition'], where: 'before', gap: 1 }, { phraseEnd: true }] },
  { all: [{ cues: ['language-preposition'], where: 'before', gap: 1 }, { cues: ['language-list'], where: 'after', gap: 1 }] },
];

/** The people or a historical polity rather than the state: "ethnic Kazakhs", "Kazak asıllı", "Kazakh Khanate". */
export const peopleOrHistory: readonly ContextRule[] = [
  { cues: ['ethnic'], where: 'before', gap: 2 },
  { cues: ['historical'], where: 'after', gap: 2 },
  { cues: ['origin'], where: 'after', gap: 2 },
];

/** Kazak rugs. */
export const rugs: readonly ContextRule[] = [{ cues: ['rug'], where: 'after', gap: 20 }];

/** A label on its own (a language switcher, a menu) or a quoted title (the newspaper «Қазақ»). */
export const labelOrTitle: readonly ContextRule[] = [{ wholeBlock: true }, { quoted: true }];

/**
 * What turns a noun for the people (казах, Kazach, Kasache: `form: 'ethnonym'`) into something
 * other than the state. A people noun is never the language's name, so a language word before it
 * is the people's language ("язык казахов"), and "ethnic Kazakhs" are the people: both stay.
 */
export const notThePeople: readonly ContextRule[] = [
  ...languageUse.filter((rule) => !('where' in rule && rule.where === 'before')),
  ...peopleOrHistory.filter((rule) => !('cues' in rule && rule.cues.includes('ethnic'))),
  ...rugs,
  ...labelOrTitle,
];

/** Everything that turns an ethnonym adjective into something other than the state. */
export const notTheState: readonly ContextRule[] = [...languageUse, ...peopleOrHistory, ...rugs, ...labelOrTitle];

/** The 1992 treaty named as the document: its signing, date or breach right after or just before it. */
export const theTreatyItself: readonly ContextRule[] = [
  { cues: ['treaty-signing'], where: 'after', gap: 30 },
  // "the 1992 Collective Security Treaty", "states that signed the Collective Security Treaty",
  // "подписали 15 мая 1992 года в Ташкенте договор о коллективной безопасности", "the 25th anniversary of".
  { cues: ['treaty-signing'], where: 'before', gap: 40 },
];

/** Corroboration for loose names of the CSTO: the alliance's members or context in the block. */
export const allianceContext: readonly ContextRule[] = [
  {
    cues: ['alliance-context', 'alliance-members', 'entity:kazakhstan', 'entity:russia', 'entity:belarus', 'entity:tokayev', 'entity:putin', 'entity:nato'],
    where: 'block',
  },
];

/**
 * A brand or product line right before a model number (Mercedes S 300, Schweizer S-300), or
 * just after it ("an S-300 series Mercedes").
 */
export const brandBefore: readonly ContextRule[] = [
  { cues: ['brand'], where: 'before', gap: 25 },
  { cues: ['brand'], where: 'after', gap: 12 },
];

/** Model numbers of cars, cameras and laptops ("S 300 d", "S300 Pro") and bills ("Senate bill S 300"). */
export const productNumber: readonly ContextRule[] = [
  ...brandBefore,
  { cues: ['model-suffix'], where: 'after', gap: 1 },
  { cues: ['legislation'], where: 'before', gap: 20 },
];

/** Air-defence context anywhere in the block. */
export const militaryContext: readonly ContextRule[] = [{ cues: ['military'], where: 'block' }];
