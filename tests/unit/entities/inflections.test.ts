/**
 * Inflections, spelling variants and traps found by the held-out-style audit
 * (tests/fixtures/eval/mentions-audit.jsonl), pinned form by form: each row gives the page
 * language, the text, and the exact surface the matcher must report ('-' = no watched entity).
 * Written for this test; sentences are short so each row checks one phenomenon.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '@/lib/entities';

const matcher = createMatcher();
const WATCHED = new Set(['kazakhstan', 'csto', 's300']);

type Row = readonly [lang: string, entity: string, text: string, surface: string];

const found = (lang: string, text: string) => matcher.scan(text, { lang, entities: WATCHED });

const kazakhstan: readonly Row[] = [
  // Slavic adjectives and demonyms, including stem changes (-sk- → -sc-/-št-) and compounds.
  ['ru', 'kazakhstan', 'На казахстанско-российской границе открыт пункт пропуска.', 'казахстанско'],
  ['ru', 'kazakhstan', 'Около тысячи казахстанцев пересекли границу.', 'казахстанцев'],
  ['uk', 'kazakhstan', 'Понад сто казахстанців евакуювали з Ізраїлю.', 'казахстанців'],
  ['uk', 'kazakhstan', 'Казахстанці проголосували на референдумі.', 'Казахстанці'],
  ['be', 'kazakhstan', 'Казахстанскія ўлады абмежавалі транзіт.', 'Казахстанскія'],
  ['be', 'kazakhstan', 'Дэлегацыя казахстанскага ўрада прыбыла ў Мінск.', 'казахстанскага'],
  ['pl', 'kazakhstan', 'Kazachscy żołnierze przejęli ochronę lotniska.', 'Kazachscy'],
  ['pl', 'kazakhstan', 'Na kazachsko-rosyjskiej granicy stoją ciężarówki.', 'kazachsko'],
  ['pl', 'kazakhstan', 'Rozmawiał z kazachstańskimi przedsiębiorcami.', 'kazachstańskimi'],
  ['cs', 'kazakhstan', 'Kazašští vojáci obsadili letiště.', 'Kazašští'],
  ['cs', 'kazakhstan', 'Kazachstánští poslanci schválili novelu.', 'Kazachstánští'],
  ['cs', 'kazakhstan', 'Informovala o tom kazašská média.', 'kazašská'],
  ['sk', 'kazakhstan', 'Na rokovaní boli aj kazašskí diplomati.', 'kazašskí'],
  ['hr', 'kazakhstan', 'Razgovarali su o kazahstanskome naftnom sektoru.', 'kazahstanskome'],
  ['sl', 'kazakhstan', 'Srečala se je s predstavnikom kazahstanskega parlamenta.', 'kazahstanskega'],
  ['mk', 'kazakhstan', 'Казахстанскиот претседател побара помош.', 'Казахстанскиот'],
  ['bg', 'kazakhstan', 'Казахстанският президент пристигна в София.', 'Казахстанският'],
  // Other adjectives and ethnonyms used for the state.
  ['en', 'kazakhstan', 'Kazakhs voted in a referendum on nuclear power.', 'Kazakhs'],
  ['el', 'kazakhstan', 'Ο Καζάχος πρόεδρος επισκέφθηκε την Αθήνα.', 'Καζάχος'],
  ['el', 'kazakhstan', 'Η καζαχική κυβέρνηση υπέγραψε συμφωνίες.', 'καζαχική'],
  ['ro', 'kazakhstan', 'Partea kazahstaneză a propus un nou acord.', 'kazahstaneză'],
  ['it', 'kazakhstan', 'Il governo kazakhstano ha revocato lo stato di emergenza.', 'kazakhstano'],
  ['hy', 'kazakhstan', 'Ղազախստանյան կողմը հաստատել է այցը։', 'Ղազախստանյան'],
  ['ar', 'kazakhstan', 'يشارك الكازاخيون في المنتدى.', 'الكازاخيون'],
  ['ar', 'kazakhstan', 'قال المسؤولون الكازاخستانيون إن الوضع مستقر.', 'الكازاخستانيون'],
  ['fa', 'kazakhstan', 'قزاقستانی‌ها به ساخت نیروگاه رأی دادند.', 'قزاقستانی‌ها'],
  ['bn', 'kazakhstan', 'কাজাখস্তানি কর্মকর্তারা এ কথা জানিয়েছেন।', 'কাজাখস্তানি'],
  ['kk', 'kazakhstan', 'Qazaqstandyqtar saılauǵa qatysty.', 'Qazaqstandyqtar'],
  ['kk', 'kazakhstan', 'Qazaq eli täuelsızdık künın toılady.', 'Qazaq'],
  // Attached postpositions in Nepali and Marathi; spellings of Devanagari and Hebrew.
  ['ne', 'kazakhstan', 'काजाकस्तानमा भएको हिंसामा धेरैको मृत्यु भयो।', 'काजाकस्तानमा'],
  ['ne', 'kazakhstan', 'कजाकिस्तानका राष्ट्रपतिले सहयोग मागे।', 'कजाकिस्तानका'],
  ['mr', 'kazakhstan', 'कझाकस्तानमध्ये आणीबाणी जाहीर झाली.', 'कझाकस्तानमध्ये'],
  ['mr', 'kazakhstan', 'कझाकस्तानच्या राष्ट्राध्यक्षांनी भेट दिली.', 'कझाकस्तानच्या'],
  ['he', 'kazakhstan', 'השגריר בקזחסטאן הוזמן לשיחה.', 'בקזחסטאן'],
  // Greek capitals drop the accents.
  ['el', 'kazakhstan', 'ΚΡΙΣΗ ΣΤΟ ΚΑΖΑΚΣΤΑΝ', 'ΚΑΖΑΚΣΤΑΝ'],
];

const csto: readonly Row[] = [
  ['ru', 'csto', 'Совет Организации договора коллективной безопасности собрался в Москве.', 'Организации договора коллективной безопасности'],
  ['az', 'csto', 'Kollektiv Təhlükəsizlik Müqaviləsi Təşkilatının sülhməramlıları çıxarılır.', 'Kollektiv Təhlükəsizlik Müqaviləsi Təşkilatının'],
  ['az', 'csto', 'Kollektiv Təhlükəsizlik Müqaviləsi Təşkilatına üzv dövlətlər.', 'Kollektiv Təhlükəsizlik Müqaviləsi Təşkilatına'],
  ['pl', 'csto', 'Armenia wystąpi z Organizacji Traktatu o Bezpieczeństwie Zbiorowym.', 'Organizacji Traktatu o Bezpieczeństwie Zbiorowym'],
  ['fa', 'csto', 'نشست سران سازمان پیمان امنیت دسته‌جمعی برگزار شد.', 'سازمان پیمان امنیت دسته‌جمعی'],
  ['ro', 'csto', 'Ajutorul Organizației Tratatului de Securitate Colectivă a sosit.', 'Organizației Tratatului de Securitate Colectivă'],
  ['ro', 'csto', 'Ajutorul Organizaţiei Tratatului de Securitate Colectivă a sosit.', 'Organizaţiei Tratatului de Securitate Colectivă'],
  ['hu', 'csto', 'A Kollektív Biztonsági Szerződés Szervezet tagállamai ülésezett.', 'Kollektív Biztonsági Szerződés Szervezet'],
  ['ka', 'csto', 'კოლექტიური უსაფრთხოების ხელშეკრულების ორგანიზაციის სამიტი.', 'კოლექტიური უსაფრთხოების ხელშეკრულების ორგანიზაციის'],
  ['uz', 'csto', 'KXSHT sammiti Ostonada bo‘ldi.', 'KXSHT'],
];

const s300: readonly Row[] = [
  ['ja', 's300', 'ギリシャはクレタ島にS300を配備している。', 'S300'],
  ['zh', 's300', '俄军在该地区部署了S300。', 'S300'],
  ['ar', 's300', 'نشرت سوريا منظومة إس - 300 قرب مصياف.', 'إس - 300'],
  ['ka', 's300', 'რუსეთმა სირიას ს-300 გადასცა.', 'ს-300'],
];

const traps: readonly Row[] = [
  // OTSC is also an endoscopy clip; Italian and Spanish pages allow OTSC, the patient context vetoes it.
  ['it', '-', "L'intervento è stato completato con OTSC e il paziente è stato dimesso.", ''],
  ['es', '-', 'Se colocó un OTSC y el paciente evolucionó bien.', ''],
  // Latin qazaq is a brand word outside Kazakh pages.
  ['en', '-', 'Qazaq Air adds a second daily flight to Astana.', ''],
  ['ru', '-', 'ВКазахстане', ''],
  ['el', '-', 'Η καζακική γλώσσα γράφεται με λατινικό αλφάβητο.', ''],
];

describe('inflections and variants found by the audit', () => {
  it.each([...kazakhstan, ...csto, ...s300])('[%s] %s: %s', (lang, entity, text, surface) => {
    const mentions = found(lang, text);
    expect(mentions.map((m) => [m.entity, m.surface])).toContainEqual([entity, surface]);
  });

  it.each(traps)('[%s] no mention: %s', (lang, _, text) => {
    expect(found(lang, text)).toEqual([]);
  });

  it('reports the Russian compound adjective of Russia too (российско-…)', () => {
    const mentions = matcher.scan('российско-казахстанские отношения', { lang: 'ru', entities: new Set(['russia', 'kazakhstan']) });
    expect(mentions.map((m) => [m.entity, m.surface])).toEqual([['russia', 'российско'], ['kazakhstan', 'казахстанские']]);
  });
});
