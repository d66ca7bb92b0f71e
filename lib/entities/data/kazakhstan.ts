/**
 * Kazakhstan: names in ~45 languages with their closed inflections, state adjectives and
 * demonyms, and ethnonym adjectives ("Kazakh President", "kasachische Präsident") that count as
 * the state unless the context makes them a language, a people, a rug or a sweater. Forms are
 * written normalised (no nukta, folded Arabic letters, ASCII apostrophes). "Republic of …" forms
 * are left out on purpose: the country name inside them is found anyway.
 */
import type { EntityRecord, LanguageGate } from '../types';
import { languageUse, notThePeople, notTheState } from './rules';

/** Where Russian or Ukrainian is read: East Slavic pages and those of Central Asia and Mongolia. */
const eastSlavicAndCentralAsian: LanguageGate = { langs: ['ru', 'uk', 'be', 'kk', 'ky', 'uz', 'tg', 'tk', 'mn'], unknown: 'deny' };

/** Italian and the languages of Italy and Corsica: where kazaka, cazaco are the Kazakh adjective. */
const italian: LanguageGate = { langs: ['it', 'co', 'scn', 'nap', 'vec', 'lij', 'sc', 'fur', 'lmo', 'pms', 'rm'], unknown: 'allow' };

/**
 * Serbo-Croatian and Slovene pages (and pages of unknown language): where kazaški / казашки is the
 * Kazakh adjective. In Bulgarian казашки is Cossack (Kazakh is казахски), so not there.
 */
const southSlavic: LanguageGate = { langs: ['sr', 'hr', 'bs', 'sh', 'cnr', 'sl', 'mk'], unknown: 'allow' };

export const kazakhstan: EntityRecord = {
  id: 'kazakhstan',
  kind: 'country',
  highlight: true,
  description: 'Central Asian country, the largest landlocked state; capital Astana, president Kassym-Jomart Tokayev.',
  displayNames: {
    en: 'Kazakhstan', ru: 'Казахстан', hi: 'कज़ाख़स्तान', tl: 'Kazakhstan', kk: 'Қазақстан', uk: 'Казахстан',
    de: 'Kasachstan', fr: 'Kazakhstan', es: 'Kazajistán', ar: 'كازاخستان', zh: '哈萨克斯坦', tr: 'Kazakistan',
  },
  aliases: [
    // English and languages that use the English spelling (tl, id, ms, vi, fr).
    { lang: 'en', tier: 'name', forms: ['Kazakhstan', 'Kazakstan', 'Qazaq{,i}stan', 'Khazakhstan', 'Kazakhastan', 'Kazakhistan'], suffixes: 'en-noun', typos: true },
    { lang: 'en', tier: 'adjective', forms: ['Kazakhstani'], suffixes: 'en-demonym' },
    { lang: 'en', tier: 'adjective', forms: ['Kazakh{,s}'], form: 'ethnonym adjective', vetoes: notTheState },
    { lang: 'en', tier: 'adjective', forms: ['Kazak'], form: 'ethnonym adjective', caseSensitive: true, people: true, vetoes: notTheState },
    { lang: 'tl', tier: 'name', forms: ['Kasakistan'] },
    // East Slavic.
    { lang: 'ru', tier: 'name', forms: ['Казахстан'], suffixes: 'ru-noun-m' },
    { lang: 'ru', tier: 'adjective', forms: ['казахстанск'], suffixes: 'ru-adj' },
    { lang: 'ru', tier: 'adjective', forms: ['казахстан'], suffixes: 'ru-demonym' },
    { lang: 'ru', tier: 'adjective', forms: ['казахск'], suffixes: 'ru-adj', vetoes: notTheState },
    // The people: казах, казахи, казахов (a Cossack is казак: another word).
    { lang: 'ru', tier: 'adjective', forms: ['казах'], suffixes: 'ru-noun-m', form: 'ethnonym', people: true, vetoes: notThePeople },
    // A Kazakh woman, Kazakh women. In Bulgarian and Macedonian казашк- is Cossack: only where Russian or Ukrainian is read.
    {
      lang: 'ru',
      tier: 'adjective',
      forms: ['казашк{а,и,е,у,ой,ою,ам,ами,ах}', 'казашек', 'казашц{і}', 'казашкою', 'казашок'],
      form: 'ethnonym (woman)',
      pageLangs: eastSlavicAndCentralAsian,
      vetoes: notThePeople,
    },
    { lang: 'uk', tier: 'name', forms: ['Казахстан'], suffixes: 'uk-noun-m' },
    { lang: 'uk', tier: 'adjective', forms: ['казахстанськ'], suffixes: 'uk-adj' },
    { lang: 'uk', tier: 'adjective', forms: ['казахстан'], suffixes: 'uk-demonym' },
    { lang: 'uk', tier: 'adjective', forms: ['казахськ'], suffixes: 'uk-adj', vetoes: notTheState },
    { lang: 'uk', tier: 'adjective', forms: ['казах'], suffixes: 'uk-noun-m', form: 'ethnonym', people: true, vetoes: notThePeople },
    { lang: 'be', tier: 'name', forms: ['Казахстан'], suffixes: 'be-noun-m' },
    { lang: 'be', tier: 'adjective', forms: ['казахстанск'], suffixes: 'be-adj' },
    { lang: 'be', tier: 'adjective', forms: ['казахск'], suffixes: 'be-adj', vetoes: notTheState },
    { lang: 'be', tier: 'adjective', forms: ['казах'], suffixes: 'be-noun-m', form: 'ethnonym', people: true, vetoes: notThePeople },
    // Kazakh (Cyrillic, Russian-keyboard Cyrillic, and the Latin alphabets of 2017, 2018, 2021).
    { lang: 'kk', tier: 'name', forms: ['Қазақстан', 'Казакстан'], suffixes: 'kk-noun', inflect: true },
    { lang: 'mn', tier: 'name', forms: ['Казахстан'], suffixes: 'mn-noun-n', inflect: true },
    { lang: 'kk', tier: 'name', forms: ['Қазақ елі'] },
    { lang: 'kk', tier: 'adjective', forms: ['қазақстан', 'казакстан'], suffixes: 'kk-adj' },
    { lang: 'kk', tier: 'adjective', forms: ['қазақ'], form: 'ethnonym adjective', inflect: true, people: true, vetoes: notTheState },
    // Bashkir and Tatar: ҡаҙаҡ is unambiguous; Tatar казак(ъ) is a Cossack in Russian, so on Tatar pages only.
    { lang: 'ba', tier: 'adjective', forms: ['ҡаҙаҡ'], form: 'ethnonym adjective', inflect: true, people: true, vetoes: notTheState },
    // Kabardian and Adyghe (Circassian): the country with the oblique -ым, absolutive -ыр and
    // instrumental -ымкӀэ endings, and the people with the plural -хэ-.
    { lang: 'kbd', tier: 'name', forms: ['Къэзахъстан{,ым,ыр,ри,ми,ымкӀэ}'] },
    { lang: 'kbd', tier: 'adjective', forms: ['къэзахъ{,хэр,хэм,хэри,хэми}'], form: 'ethnonym adjective', vetoes: notTheState },
    // Tatar also writes the country with the hard sign of казакъ.
    { lang: 'tt', tier: 'name', forms: ['Казакъстан'], inflect: true },
    { lang: 'tt', tier: 'adjective', forms: ['казак{ъ,}'], form: 'ethnonym adjective', inflect: true, people: true, pageLangs: { langs: ['tt'], unknown: 'deny' }, vetoes: notTheState },
    { lang: 'mn', tier: 'adjective', forms: ['казах'], form: 'ethnonym adjective', inflect: true, people: true, vetoes: notTheState },
    { lang: 'kk', tier: 'name', forms: ['Qazaqstan'], suffixes: 'kk-noun-latn' },
    { lang: 'kk', tier: 'adjective', forms: ['qazaqstandyq{,tar}'], form: 'state adjective' },
    // Latin Qazaq, the Kazakh's own spelling, is written in every language (the Qazaq people, Qazaqs);
    // as a brand word (Qazaq Air) it is the airline, not the people.
    {
      lang: 'kk',
      tier: 'adjective',
      forms: ['qazaq{,s,tar}'],
      form: 'ethnonym adjective',
      vetoes: [...notTheState, { cues: ['airline'], where: 'after', gap: 1 }],
    },
    { lang: 'ky', tier: 'name', forms: ['Казакстан'], suffixes: 'ky-noun', inflect: true },
    // Kyrgyz казак = Kazakh, but Russian казак = Cossack: only on Kyrgyz pages.
    { lang: 'ky', tier: 'adjective', forms: ['казак'], form: 'ethnonym adjective', inflect: true, people: true, pageLangs: { langs: ['ky'], unknown: 'deny' }, vetoes: notTheState },
    { lang: 'uz', tier: 'name', forms: ["Qozog{',}iston"], suffixes: 'uz-noun', inflect: true },
    { lang: 'uz', tier: 'adjective', forms: ['qozoq'], form: 'ethnonym adjective', inflect: true, people: true, vetoes: notTheState },
    { lang: 'uz', tier: 'name', forms: ['Қозоғистон'], suffixes: 'uz-noun-cyrl', inflect: true },
    { lang: 'uz', tier: 'adjective', forms: ['қозоқ'], form: 'ethnonym adjective', inflect: true, people: true, vetoes: notTheState },
    { lang: 'tg', tier: 'name', forms: ['Қазоқистон'] },
    { lang: 'tg', tier: 'adjective', forms: ['қазоқ'], form: 'ethnonym adjective', people: true, pageLangs: { langs: ['tg'], unknown: 'allow' }, vetoes: notTheState },
    // The relational adjective in -ӣ, and with the izafet after it (ширкати қазоқӣ, қазоқии).
    { lang: 'tg', tier: 'adjective', forms: ['қазоқ{ӣ,ии}'], form: 'adjective', pageLangs: { langs: ['tg'], unknown: 'allow' }, vetoes: notTheState },
    { lang: 'tk', tier: 'name', forms: ['Gazagystan'], inflect: true },
    // Turkmen gazak is the Kazakh people; on Turkmen pages only (Gazakh is also the Azerbaijani district).
    { lang: 'tk', tier: 'adjective', forms: ['gazak'], form: 'ethnonym adjective', inflect: true, people: true, pageLangs: { langs: ['tk'], unknown: 'deny' }, vetoes: notTheState },
    // Kurmanji Kurdish: the name with its oblique and ezafe endings (Qazaxistanê, Qazaxistana).
    { lang: 'ku', tier: 'name', forms: ['Qaza{x,k}{i,î}stan{,ê,a}'] },
    // West and South Slavic.
    { lang: 'pl', tier: 'name', forms: ['Kazachstan'], suffixes: 'pl-noun-m', typos: true },
    { lang: 'pl', tier: 'adjective', forms: ['kazachstańs~'], suffixes: 'pl-adj-sk' },
    { lang: 'pl', tier: 'adjective', forms: ['kazachs~'], suffixes: 'pl-adj-sk', vetoes: notTheState },
    { lang: 'pl', tier: 'adjective', forms: ['Kazach'], form: 'ethnonym', people: true, vetoes: notThePeople },
    { lang: 'pl', tier: 'adjective', forms: ['Kazaszk{a,i,ę,ą,om,ami,ach}', 'Kazaszce', 'Kazaszek'], form: 'ethnonym (woman)', vetoes: notThePeople },
    // Citizens of the state: Kazachstańczyk, Kazachstańczycy, Kazachstanka.
    { lang: 'pl', tier: 'adjective', forms: ['Kazachstańczy{k,ka,kowi,kiem,ku,cy,ków,kom,kami,kach}', 'Kazachstan{ka,ki,kę,ką,ce,ek,kom,kami,kach}'], form: 'demonym' },
    { lang: 'cs', tier: 'name', forms: ['Kazachstán'], suffixes: 'cs-noun-m' },
    { lang: 'cs', tier: 'adjective', forms: ['kazachstán~', 'kazaš~'], suffixes: 'cs-adj-sk', vetoes: notTheState },
    { lang: 'cs', tier: 'adjective', forms: ['Kazach'], form: 'ethnonym', people: true, vetoes: notThePeople },
    { lang: 'cs', tier: 'adjective', forms: ['Kazašk{a,y,u,ou,ám,ami,ách}'], form: 'ethnonym (woman)', caseSensitive: true, vetoes: notTheState },
    { lang: 'sk', tier: 'name', forms: ['Kazachstan'], suffixes: 'sk-noun-m' },
    { lang: 'sk', tier: 'adjective', forms: ['kazachstansk', 'kazašsk'], suffixes: 'sk-adj', vetoes: notTheState },
    { lang: 'sk', tier: 'adjective', forms: ['Kazach'], form: 'ethnonym', people: true, vetoes: notThePeople },
    { lang: 'sk', tier: 'adjective', forms: ['Kazašk{a,y,u,ou,ám,ami,ách}', 'Kazaške', 'Kazašiek'], form: 'ethnonym (woman)', caseSensitive: true, vetoes: notThePeople },
    { lang: 'sr', tier: 'name', forms: ['Kazahstan'], suffixes: 'sh-noun-m', typos: true },
    { lang: 'sr', tier: 'adjective', forms: ['kazahstansk'], suffixes: 'sh-adj' },
    { lang: 'sr', tier: 'adjective', forms: ['kazašk'], suffixes: 'sh-adj', pageLangs: southSlavic, vetoes: notTheState },
    // The people: Kazah, plural Kazasi (the h softens before -i), Slovene Kazahi.
    { lang: 'sr', tier: 'adjective', forms: ['Kazah', 'Казах'], form: 'ethnonym', people: true, pageLangs: southSlavic, vetoes: notThePeople },
    { lang: 'sl', tier: 'adjective', forms: ['Kazah'], form: 'ethnonym', people: true, pageLangs: southSlavic, vetoes: notThePeople },
    // Slovenian also writes Kazak (Kazaki): capitalised, on Slovenian pages (Turkish kazak is a sweater).
    { lang: 'sl', tier: 'adjective', forms: ['Kazak'], form: 'ethnonym', people: true, caseSensitive: true, pageLangs: { langs: ['sl'], unknown: 'deny' }, vetoes: notThePeople },
    { lang: 'sr', tier: 'name', forms: ['Казахстан'], suffixes: 'sr-noun-m' },
    { lang: 'sr', tier: 'adjective', forms: ['казахстанск'], suffixes: 'sr-adj' },
    // казашка, казашки are also Russian nouns (a Kazakh woman, Kazakh women): not on East Slavic pages.
    { lang: 'sr', tier: 'adjective', forms: ['казашк'], suffixes: 'sr-adj', pageLangs: southSlavic, vetoes: notTheState },
    { lang: 'bg', tier: 'name', forms: ['Казахстан', 'Казакстан'] },
    { lang: 'bg', tier: 'adjective', forms: ['казахстанск'], suffixes: 'bg-adj' },
    { lang: 'bg', tier: 'adjective', forms: ['казахск'], suffixes: 'bg-adj', vetoes: notTheState },
    // The people, with the definite article Bulgarian writes onto the noun (казахът, казахите).
    { lang: 'bg', tier: 'adjective', forms: ['казах{,а,ът,и,ите,ка,ката,ки,ките}'], form: 'ethnonym', vetoes: notThePeople },
    // Germanic and Romance.
    // German, Swedish and Finnish write compounds as one word: Kasachstanreise, Kazakstanbesöket.
    { lang: 'de', tier: 'name', forms: ['Kasachstan', '{Nord,Ost,West,Süd,Zentral}kasachstan'], suffixes: 'de-noun', typos: true, compounds: true },
    { lang: 'de', tier: 'adjective', forms: ['kasachstanisch', '{,nord,ost,west,süd,zentral}kasachisch'], suffixes: 'de-adj', vetoes: notTheState },
    { lang: 'de', tier: 'adjective', forms: ['Kasache'], form: 'ethnonym', people: true, vetoes: notThePeople },
    { lang: 'de', tier: 'adjective', forms: ['Kasachin{,nen}'], form: 'ethnonym (woman)', vetoes: notThePeople },
    // The first part of a hyphenated compound: "kasachisch-russische Grenze", "kasachisch-jüdisch".
    { lang: 'de', tier: 'adjective', forms: ['kasachisch'], form: 'compound', vetoes: notTheState },
    { lang: 'nb', tier: 'adjective', forms: ['kasakh'], form: 'ethnonym', people: true, vetoes: notThePeople },
    // Citizens of the state (kasakhstaner), as Norwegian and Danish write them.
    { lang: 'nb', tier: 'adjective', forms: ['kasakhstaner{,e,en,ne}'], form: 'demonym', vetoes: notThePeople },
    { lang: 'nl', tier: 'adjective', forms: ['Kazachstaans', 'Kazachstaanse', 'Kazachse'], vetoes: notTheState },
    { lang: 'nl', tier: 'adjective', forms: ['Kazach', 'Kazak'], form: 'ethnonym', people: true, caseSensitive: true, vetoes: notThePeople },
    { lang: 'sv', tier: 'name', forms: ['Kazakstan', 'Kasakhstan'], suffixes: 'nordic-noun', compounds: true },
    { lang: 'sv', tier: 'adjective', forms: ['kazakisk{,a,t}', 'kazakstansk{,a,t}', 'kasakhisk{,e}', 'kasakhstansk{,e}'], vetoes: notTheState },
    { lang: 'fr', tier: 'adjective', forms: ['kazakhstanais{,e,es}'] },
    { lang: 'fr', tier: 'adjective', forms: ['kazakh{e,s,es}'], form: 'ethnonym adjective', vetoes: notTheState },
    { lang: 'es', tier: 'name', forms: ['Kazaj{i,a,}st{á,a}n', 'Kazakhstán', 'Kazakistán'], typos: true },
    { lang: 'es', tier: 'adjective', forms: ['kazajistan{o,a,os,as}', 'kazaj{o,a,os,as}'], vetoes: notTheState },
    { lang: 'es', tier: 'adjective', forms: ['kasaj{o,a,os,as}'], vetoes: notTheState },
    { lang: 'pt', tier: 'name', forms: ['Cazaquist{ã,a}o'], typos: true },
    { lang: 'pt', tier: 'adjective', forms: ['cazaquistan{ês,esa,eses,esas}', 'cazaque{,s}'], vetoes: notTheState },
    // Brazilian copy also spells it with s; in French a casaque is a jockey's silk: Portuguese pages only.
    { lang: 'pt', tier: 'adjective', forms: ['casaque{,s}'], pageLangs: { langs: ['pt', 'gl'], unknown: 'deny' }, vetoes: notTheState },
    { lang: 'it', tier: 'name', forms: ['Kazakistan'], typos: true },
    // Older Italian (and Sicilian) names still in reference works.
    { lang: 'it', tier: 'name', forms: ['Cosacchistan', 'Casa{c,cc}histan'] },
    { lang: 'it', tier: 'adjective', forms: ['kazak{i,h}stan{o,a,i,e}', 'kazakh{o,a,i,e}'], vetoes: notTheState },
    // Italian also writes the adjective kazako, cazaco, kazaco (plural -chi, -che) and cazako: words that
    // other languages have too (Latvian kazaka, a coat), so on pages in Italian and its neighbours only.
    { lang: 'it', tier: 'adjective', forms: ['kazak{o,a,i,e}', '{k,c}azac{o,a,hi,he}', 'cazak{o,a,i,e}'], pageLangs: italian, vetoes: notTheState },
    { lang: 'ro', tier: 'name', forms: ['Kazahstan'], suffixes: 'ro-noun' },
    // kazaho- begins compound adjectives (kazaho-române).
    { lang: 'ro', tier: 'adjective', forms: ['kazah{ă,e,i,ii,ilor,o}', 'kazahstanez{,ă,i,e,ul,ii,a}'], vetoes: notTheState },
    { lang: 'mt', tier: 'name', forms: ['Każakistan'], inflect: true },
    // Esperanto has three names in use (Kazaĥio, Kazaĥujo, Kazaĥstano), each with the accusative -n.
    { lang: 'eo', tier: 'name', forms: ['Kazaĥ{io,ujo,stano,io}{,n}'] },
    { lang: 'eo', tier: 'adjective', forms: ['kazaĥ{a,aj,an,ajn}'], vetoes: notTheState },
    { lang: 'eo', tier: 'adjective', forms: ['kazaĥo'], form: 'ethnonym', people: true, vetoes: notThePeople },
    { lang: 'is', tier: 'name', forms: ['Kasakstan'] },
    // The people and the adjective (Kasakar, Kasaka, kasakska); Estonian kasaka is a Cossack's: Icelandic pages only.
    { lang: 'is', tier: 'adjective', forms: ['Kasak{i,a,ar,ana,anna,um}'], form: 'ethnonym', pageLangs: { langs: ['is'], unknown: 'deny' }, vetoes: notThePeople },
    { lang: 'is', tier: 'adjective', forms: ['kasaksk{,a,ur,ir,ar,t,an,ra,um,ri,rar}'], pageLangs: { langs: ['is'], unknown: 'deny' }, vetoes: notTheState },
    // Irish: the genitive (na Casacstáine), the demonym and the people, mutated as Irish mutates them.
    { lang: 'ga', tier: 'name', forms: ['Casacstáine'], inflect: true },
    { lang: 'ga', tier: 'adjective', forms: ['Casacstánach', 'Casacstánacha', 'Casacstánaigh', 'Casach', 'Casaigh'], inflect: true, vetoes: notThePeople },
    { lang: 'sq', tier: 'name', forms: ['Kazakistan'], suffixes: 'sq-noun' },
    { lang: 'sw', tier: 'name', forms: ['Kazakistani'], inflect: true },
    // The people: Mkazakhi, Wakazakhi (noun classes 1 and 2, forms/prefixing.ts).
    // Russian and Polish "kazaki" (Cossacks) transliterated in other languages' copy: Swahili pages only.
    { lang: 'sw', tier: 'adjective', forms: ['Kazak{h,}i'], form: 'ethnonym', inflect: true, pageLangs: { langs: ['sw'], unknown: 'allow' }, vetoes: notTheState },
    // Turkic languages in Latin script.
    { lang: 'tr', tier: 'name', forms: ['Kazakistan'], suffixes: 'tr-proper', inflect: true },
    { lang: 'tr', tier: 'adjective', forms: ['Kazakistan'], suffixes: 'tr-demonym' },
    // Turkish Kazak is also "sweater" (lower case) and a rug type: capitalised, outside those contexts.
    { lang: 'tr', tier: 'adjective', forms: ['Kazak'], form: 'ethnonym adjective', caseSensitive: true, vetoes: [...notTheState, { cues: ['clothing'], where: 'after', gap: 2 }] },
    // The people in the plural (Kazak alone is also a surname). Kazaklar are Cossacks too (Don
    // Kazakları) and sweaters (lower case, or first in a sentence): not where the block speaks of them.
    {
      lang: 'tr',
      tier: 'adjective',
      forms: ['Kazaklar{,ın,a,ı,da,dan,la}'],
      form: 'ethnonym',
      caseSensitive: true,
      vetoes: [...notThePeople, { cues: ['tr-cossack', 'clothing'], where: 'block' }],
    },
    { lang: 'az', tier: 'name', forms: ['Qazax{ı,}stan'], suffixes: 'az-noun', inflect: true },
    // Azerbaijani qazax is also the town and district Qazax.
    // Elsewhere Qazax is that district ("die Provinz Qazax"): only on Azerbaijani pages, or of unknown language.
    { lang: 'az', tier: 'adjective', forms: ['qazax'], form: 'ethnonym adjective', pageLangs: { langs: ['az'], unknown: 'allow' }, vetoes: [...notTheState, { cues: ['az-district'], where: 'after', gap: 2 }] },
    // The Kazakhs in the plural (the district's people are qazaxlılar).
    { lang: 'az', tier: 'adjective', forms: ['qazaxlar{,ın,a,ı,da,dan,la}'], form: 'ethnonym', pageLangs: { langs: ['az'], unknown: 'allow' }, vetoes: notThePeople },
    // Uralic and Baltic.
    { lang: 'hu', tier: 'name', forms: ['Kazahsztán'], suffixes: 'hu-noun-back', inflect: true },
    { lang: 'hu', tier: 'adjective', forms: ['kazah'], form: 'ethnonym adjective', people: true, vetoes: notTheState },
    // The Kazakhs as a people (kazahság), in its cases.
    { lang: 'hu', tier: 'adjective', forms: ['kazahság'], suffixes: 'hu-noun-back', form: 'ethnonym', people: true, vetoes: notThePeople },
    // Finnish copy also keeps the English spelling and gives it Finnish endings (Kazakhstaniin).
    { lang: 'fi', tier: 'name', forms: ['Kazak{,h}stan'], suffixes: 'fi-noun-i', inflect: true, compounds: true },
    { lang: 'fi', tier: 'adjective', forms: ['kazak{,h}stanilai'], suffixes: 'fi-adj-nen', compounds: true },
    // The people, kazakki, with consonant gradation (kazakin, kazakit, kazakkien); Finnish's
    // Cossack is kasakka. On Finnish pages only: Kazakin is also a Russian surname.
    {
      lang: 'fi',
      tier: 'adjective',
      forms: ['kazak{ki,in,kia,kiin,ille,ilta,ista,it,kien,keja,keihin,eille,eilta,eista,kina,eina,ien}'],
      form: 'ethnonym',
      pageLangs: { langs: ['fi'], unknown: 'deny' },
      vetoes: notThePeople,
    },
    { lang: 'et', tier: 'name', forms: ['Kasahstan'], suffixes: 'et-noun-i', inflect: true },
    { lang: 'et', tier: 'adjective', forms: ['kasahhi'], form: 'ethnonym adjective', vetoes: notTheState },
    { lang: 'et', tier: 'adjective', forms: ['kasahh'], form: 'ethnonym', people: true, vetoes: notThePeople },
    { lang: 'lt', tier: 'name', forms: ['Kazachstan~'], suffixes: 'lt-noun-as' },
    // The people (Lithuanian's Cossack is kazokas).
    { lang: 'lt', tier: 'adjective', forms: ['kazach{as,o,ui,ą,u,e,ai,ų,ams,us,uose,ė,ės,ei,ių}'], form: 'ethnonym', vetoes: notThePeople },
    { lang: 'lv', tier: 'name', forms: ['Kazahstān~'], suffixes: 'lv-noun-a' },
    // The people, a first-declension noun: kazahs, kazaha, kazaham, kazahi, kazahiem…
    { lang: 'lv', tier: 'adjective', forms: ['kazah{s,a,am,u,ā,i,iem,us,os}'], form: 'ethnonym', vetoes: notTheState },
    // Greek, Caucasus.
    { lang: 'el', tier: 'name', forms: ['Καζακστάν', 'Καζαχστάν'] },
    { lang: 'el', tier: 'adjective', forms: ['καζακικ', 'καζαχικ'], suffixes: 'el-adj', vetoes: notTheState },
    { lang: 'el', tier: 'adjective', forms: ['Καζά{χ,κ}{ος,οι,ου,ων,ους,α}'], form: 'ethnonym adjective', vetoes: notTheState },
    { lang: 'ka', tier: 'name', forms: ['ყაზახეთ~'], suffixes: 'ka-noun' },
    { lang: 'hy', tier: 'name', forms: ['Ղազախստան'], suffixes: 'hy-noun' },
    // Armenian writes the people and its adjective in lower case; the capitalised Ղազախ is also
    // the Azerbaijani district of Qazax on the border, so only the lower-case words are taken.
    { lang: 'hy', tier: 'adjective', forms: ['ղազախ{,ը,ի,ներ,ները,ների,ներին,ներից}'], form: 'ethnonym', people: true, caseSensitive: true, vetoes: notThePeople },
    { lang: 'hy', tier: 'adjective', forms: ['ղազախական{,ը,ի,ում}'], form: 'adjective', caseSensitive: true, vetoes: notTheState },
    // Arabic script (Arabic, Persian, Urdu, Pashto, Sindhi, Uyghur, Kazakh in China).
    { lang: 'ar', tier: 'name', forms: ['كازاخستان', 'كازخستان', 'كزاخستان'], proclitics: 'ar' },
    { lang: 'ar', tier: 'adjective', forms: ['{ال,}كازاخستاني{,ة,ين,ون}'], proclitics: 'ar', vetoes: languageUse },
    { lang: 'ar', tier: 'adjective', forms: ['{ال,}كاز{ا,}خي{,ة,ين,ون}'], form: 'ethnonym adjective', proclitics: 'ar', vetoes: notTheState },
    { lang: 'ar', tier: 'adjective', forms: ['الكازاخ'], form: 'ethnonym', proclitics: 'ar', vetoes: notTheState },
    { lang: 'fa', tier: 'name', forms: ['قزاقستان'], suffixes: 'fa-noun' },
    // Persian قزاق is the Kazakh and, in history, the Cossack (the Persian Cossack Brigade).
    { lang: 'fa', tier: 'adjective', forms: ['قزاق{,ها}'], form: 'ethnonym adjective', pageLangs: { langs: ['fa', 'prs'], unknown: 'deny' }, vetoes: [...notTheState, { cues: ['fa-cossack'], where: 'block' }] },
    { lang: 'ur', tier: 'name', forms: ['قازقستان', 'قزاخستان'], suffixes: 'fa-noun' },
    { lang: 'ur', tier: 'adjective', forms: ['قازق'], form: 'ethnonym adjective', vetoes: notTheState },
    { lang: 'ug', tier: 'name', forms: ['قازاقيستان', 'قازاقستان'], inflect: true },
    // Uyghur in Cyrillic (as Kazakhstan's Uyghurs and RFA write it): the name with its case endings.
    { lang: 'ug-Cyrl', tier: 'name', forms: ['Қазақистан{,ниң,ға,да,дин,ни,дики,дикі}'] },
    // The people's own name in Arabic script (Kazakh in China, Uyghur, and Arabic texts that follow it).
    { lang: 'ug', tier: 'adjective', forms: ['قازاق'], form: 'ethnonym adjective', proclitics: 'ar', vetoes: notTheState },
    // Kazakh in Arabic script (China, Mongolia): the people with the plural and case endings
    // (ى written as the ي it folds to).
    { lang: 'kk-Arab', tier: 'adjective', forms: ['قازاق{تار,تارديڭ,تارعا,تاردي,قا,تيڭ,تي,تا,تان}'], form: 'ethnonym', vetoes: notThePeople },
    { lang: 'ar', tier: 'adjective', forms: ['القازاق'], form: 'ethnonym', proclitics: 'ar', vetoes: notTheState },
    { lang: 'sd', tier: 'name', forms: ['قازڪستان'] },
    { lang: 'he', tier: 'name', forms: ['קזחסט{,א}ן'], proclitics: 'he' },
    // קזחית is also the language.
    { lang: 'he', tier: 'adjective', forms: ['קזחי{,ת,ים,יות}', 'קזחים'], form: 'ethnonym adjective', proclitics: 'he', vetoes: notTheState },
    // Indic scripts. Devanagari spellings differ in ख/क and in the short i: fold both ways.
    { lang: 'hi', tier: 'name', forms: ['क{,ा}जा{ख,क}{,ि}स्तान'] },
    { lang: 'hi', tier: 'adjective', forms: ['क{,ा}जा{ख,क}{,ि}स्तानी'], form: 'state adjective' },
    { lang: 'hi', tier: 'adjective', forms: ['कजा{ख,क}'], form: 'ethnonym adjective', vetoes: notTheState },
    { lang: 'ne', tier: 'name', forms: ['क{,ा}जा{ख,क}{,ि}स्तान'], suffixes: 'ne-noun' },
    { lang: 'mr', tier: 'name', forms: ['क{,ा}{झ,ज}ा{ख,क}{,ि}स्तान'], suffixes: 'mr-noun' },
    { lang: 'mr', tier: 'adjective', forms: ['क{झ,ज}ा{ख,क}'], form: 'ethnonym adjective', suffixes: 'mr-noun', vetoes: notTheState },
    { lang: 'bn', tier: 'adjective', forms: ['কাজাখ'], form: 'ethnonym adjective', suffixes: 'bn-noun', vetoes: notTheState },
    { lang: 'pa', tier: 'adjective', forms: ['ਕਜਾ{ਖ,ਕ}'], form: 'ethnonym adjective', vetoes: notTheState },
    { lang: 'te', tier: 'adjective', forms: ['క{జ,జా}{ఖ,క}్'], form: 'ethnonym adjective', inflect: true, vetoes: notTheState },
    { lang: 'kn', tier: 'adjective', forms: ['ಕ{ಜ,ಜಾ}{ಖ,ಕ}್'], form: 'ethnonym adjective', inflect: true, vetoes: notTheState },
    { lang: 'ml', tier: 'adjective', forms: ['കസാ{ഖ്,ക്ക്}'], form: 'ethnonym adjective', inflect: true, vetoes: notTheState },
    { lang: 'bn', tier: 'name', forms: ['কাজাখস্তান', 'কাজাখিস্তান'], suffixes: 'bn-noun' },
    { lang: 'pa', tier: 'name', forms: ['ਕਜਾਕਸਤਾਨ'] },
    { lang: 'gu', tier: 'name', forms: ['કઝાખસ્તાન'] },
    { lang: 'ta', tier: 'name', forms: ['கசகிஸ்தான்', 'கஜகஸ்தான்', 'கஜகிஸ்தான்'], inflect: true },
    // The people (கசாக், கசாக்குகள்), with the long vowel that keeps it apart from கசக்கு, "crumple".
    { lang: 'ta', tier: 'adjective', forms: ['கசாக்'], form: 'ethnonym adjective', inflect: true, people: true, vetoes: notTheState },
    { lang: 'ml', tier: 'name', forms: ['കസാഖിസ്ഥാൻ', 'കസാക്കിസ്ഥാൻ'], inflect: true },
    { lang: 'th', tier: 'name', forms: ['คาซัคสถาน'] },
    { lang: 'th', tier: 'adjective', forms: ['คาซัค'], form: 'ethnonym adjective', vetoes: notTheState },
    { lang: 'am', tier: 'name', forms: ['ካዛክስታን'], inflect: true },
    // The people, in Amharic and Tigrinya.
    { lang: 'am', tier: 'adjective', forms: ['ካዛክ'], form: 'ethnonym adjective', vetoes: notTheState },
    // East Asian. Taiwan writes the country 哈薩克; mainland 哈萨克 is mostly the people.
    { lang: 'zh', tier: 'name', forms: ['哈萨克斯坦', '哈薩克斯坦'] },
    { lang: 'zh-Hant', tier: 'name', forms: ['哈薩克'], vetoes: languageUse },
    { lang: 'zh', tier: 'adjective', forms: ['哈萨克'], form: 'ethnonym adjective', vetoes: notTheState },
    { lang: 'ja', tier: 'name', forms: ['カザフスタン'] },
    { lang: 'ja', tier: 'adjective', forms: ['カザフ'], form: 'ethnonym adjective', vetoes: notTheState },
    { lang: 'ko', tier: 'name', forms: ['카자흐스탄'] },
    { lang: 'ko', tier: 'adjective', forms: ['카자흐'], form: 'ethnonym adjective', vetoes: notTheState },
  ],
};
