/**
 * The word-form model by language family, found in sentences written for this test: attached
 * endings (Dravidian, Uralic, Turkic, Mongolic), noun-class and locative prefixes (Bantu),
 * initial mutations (Celtic), attached prepositions (Amharic, Tigrinya, Maltese) and Semitic
 * proclitics on names that do not ask for them. Once on the bundled catalogue (Kazakhstan, whose
 * groups and CLDR names are `inflect`), once on a user-style entity with only `inflect: true`.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/lib/entities';
import type { AliasGroup, Catalogue } from '@/lib/entities/types';

type Row = readonly [lang: string, text: string, surface: string];

const bundled = createMatcher();
const kazakhstanIn = (lang: string, text: string): string[] =>
  bundled.scan(text, { lang, entities: new Set(['kazakhstan']) }).map((m) => m.surface);

const kazakhstan: readonly Row[] = [
  // Dravidian: the case ending is written onto the name.
  ['ta', 'கஸகஸ்தானில் நடந்த தேர்தலில் ஆளும் கட்சி வெற்றி பெற்றது.', 'கஸகஸ்தானில்'],
  ['ta', 'இந்திய அமைச்சர் கஜகஸ்தானுக்கு இரண்டு நாள் பயணம் மேற்கொண்டார்.', 'கஜகஸ்தானுக்கு'],
  ['te', 'కజకిస్తాన్‌లో భారీ వరదలు సంభవించాయి.', 'కజకిస్తాన్‌లో'],
  ['kn', 'ಕಝಾಕಿಸ್ಥಾನದಲ್ಲಿ ಸಂಸತ್ ಚುನಾವಣೆ ನಡೆಯಿತು.', 'ಕಝಾಕಿಸ್ಥಾನದಲ್ಲಿ'],
  ['ml', 'കസാഖിസ്ഥാനിൽ ഇന്ധനവില വർധനയ്ക്കെതിരെ പ്രതിഷേധം ശക്തമായി.', 'കസാഖിസ്ഥാനിൽ'],
  ['ml', 'കസാഖിസ്ഥാന്റെ തലസ്ഥാനം അസ്താനയാണ്.', 'കസാഖിസ്ഥാന്റെ'],
  // Uralic.
  ['fi', 'Suomi allekirjoitti Kazakstanin kanssa energiasopimuksen.', 'Kazakstanin'],
  ['fi', 'Kazakstanistakin tuli uusia tilauksia.', 'Kazakstanistakin'],
  ['et', 'Eesti saatkond Kasahstanis avati eelmisel aastal.', 'Kasahstanis'],
  // Turkic beyond Turkish and Kazakh; Mongolian.
  ['ky', 'Казакстандагы шайлоодо 12 партия катышты.', 'Казакстандагы'],
  ['tk', 'Gazagystanyň prezidenti Aşgabada geldi.', 'Gazagystanyň'],
  ['tt', 'Казахстанның Татарстан белән сәүдәсе артты.', 'Казахстанның'],
  ['ba', 'Ҡаҙағстанда яңы завод асылды.', 'Ҡаҙағстанда'],
  // Circassian (Kabardian): the oblique ending on the name.
  ['kbd', 'Къэзахъстаным и президентыр Мэзкуу щыIащ.', 'Къэзахъстаным'],
  ['ug', 'قازاقىستاندىكى ئۇيغۇرلار يىغىلىشقا قاتناشتى.', 'قازاقىستاندىكى'],
  ['mn', 'Монгол Улс Казахстантай худалдаагаа нэмэгдүүлнэ.', 'Казахстантай'],
  ['mn', 'Ерөнхийлөгч Казахстанаас буцаж ирлээ.', 'Казахстанаас'],
  // Bantu prefixes.
  ['sw', 'Wakazakistani wengi walipiga kura katika uchaguzi wa jana.', 'Wakazakistani'],
  ['zu', 'Umhlangano waseKazakhstan uqale izolo.', 'waseKazakhstan'],
  ['xh', 'Iindaba zaseKazakhstan zithi urhulumente uyasilela.', 'zaseKazakhstan'],
  // Celtic mutations.
  ['ga', 'Tháinig an t-uachtarán ón gCasacstáin inné.', 'gCasacstáin'],
  ['ga', 'Bhí toghchán sa Chasacstáin Dé Domhnaigh.', 'Chasacstáin'],
  ['gd', 'Bha taghadh ann an Casachstàn an-dè.', 'Casachstàn'],
  // Attached prepositions.
  ['am', 'በካዛክስታን የተካሄደው ምርጫ ተጠናቀቀ።', 'በካዛክስታን'],
  ['ti', 'ካብካዛኪስታን ዝመጹ ልኡኻት ኣብ ኣስመራ በጽሑ።', 'ካብካዛኪስታን'],
  ['mt', 'Il-Prim Ministru żar fil-Każakistan il-ġimgħa li għaddiet.', 'fil-Każakistan'],
];

describe('word forms by language family, on the bundled catalogue', () => {
  it.each(kazakhstan)('(%s) %s', (lang, text, surface) => expect(kazakhstanIn(lang, text)).toEqual([surface]));
});

const alias = (lang: string, form: string): AliasGroup => ({ lang, tier: 'name', forms: [form], inflect: true });

/** A user's entity: one form per language and `inflect: true`, nothing listed by hand. */
const userCatalogue: Catalogue = {
  entities: [
    {
      id: 'minister',
      kind: 'person',
      highlight: true,
      description: 'A watched minister (test entity, as a user would add one).',
      displayNames: { en: 'Tileuberdi' },
      aliases: [
        alias('hu', 'Tileuberdi'), alias('fi', 'Tileuberdi'), alias('ky', 'Тилеуберди'), alias('uz', 'Tileuberdi'), alias('mn', 'Тилеуберди'),
        alias('ta', 'திலுபெர்டி'), alias('cy', 'Casachstan'), alias('br', 'Kazakstan'), alias('ar', 'تيلوبيردي'), alias('he', 'טילאוברדי'),
        alias('ln', 'Kazakisitá'), alias('ky', 'Каюм'),
      ],
    },
  ],
  suffixSets: {},
  cues: {},
};
const user = createMatcher({ catalogue: userCatalogue });
const userIn = (lang: string, text: string): string[] => user.scan(text, { lang }).map((m) => `${m.surface}|${m.form ?? ''}`);

const userRows: readonly Row[] = [
  ['hu', 'A külügyminiszter Tileuberdivel tárgyalt Budapesten.', 'Tileuberdivel|instrumental'],
  ['hu', 'Tileuberdinek átadták a levelet.', 'Tileuberdinek|dative'],
  ['fi', 'Haavisto tapasi Tileuberdin Helsingissä.', 'Tileuberdin|genitive'],
  ['ky', 'Министр Тилеубердиге кат жөнөттү.', 'Тилеубердиге|dative'],
  ['uz', 'Vazir Tileuberdiga maktub yubordi.', 'Tileuberdiga|dative'],
  ['mn', 'Сайд Тилеубердитэй уулзлаа.', 'Тилеубердитэй|comitative'],
  ['ta', 'அமைச்சர் திலுபெர்டியை சந்தித்தார்.', 'திலுபெர்டியை|accusative'],
  ['cy', 'Aeth y gweinidog i Gasachstan ddoe.', 'Gasachstan|soft mutation'],
  ['cy', 'Mae etholiad yng Nghasachstan.', 'Nghasachstan|nasal mutation'],
  ['br', 'Mont a ra ar ministr da Gazakstan.', 'Gazakstan|soft mutation'],
  ['ar', 'التقى الوزير وتيلوبيردي في الرياض.', 'وتيلوبيردي|'],
  ['he', 'השר נפגש עם טילאוברדי ולטילאוברדי נמסר מכתב.', 'טילאוברדי|'],
  ['ln', 'Bakazakisitá mingi bayaki na Kinshasa.', 'Bakazakisitá|people'],
  // Kyrgyz ю is back after a back vowel (and rounded): Каюмдун, not Каюмдин.
  ['ky', 'Министр Каюмдун катын окуду.', 'Каюмдун|genitive'],
  ['ky', 'Министр Каюмга кат жөнөттү.', 'Каюмга|dative'],
];

describe('word forms by language family, on a user entity marked inflect', () => {
  it.each(userRows)('(%s) %s', (lang, text, expected) => expect(userIn(lang, text)).toContain(expected));

  it('does not take a longer unrelated word that merely starts like the name', () => {
    expect(userIn('hu', 'A Tileuberdiszerű nevek ritkák.')).toEqual([]);
    expect(userIn('fi', 'Tileuberdinkaltaiset nimet ovat harvinaisia.')).toEqual([]);
  });
});
