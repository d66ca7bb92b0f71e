/**
 * The Collective Security Treaty Organization: full names (inflected where the language
 * inflects them), abbreviations matched case-sensitively, and weak names — the treaty's name and
 * the shortened "Collective Security Organization" — that count only with alliance context.
 */
import type { AliasGroup, ContextRule, EntityRecord } from '../types';
import { abbreviationSlips } from '../forms/slips';
import { allianceContext, theTreatyItself } from './rules';

/** ОДКБ is also a regional children's hospital ("Тверская ОДКБ", "ОДКБ №1"). */
const hospital: readonly ContextRule[] = [
  { cues: ['hospital'], where: 'before', gap: 40 },
  { cues: ['hospital'], where: 'after', gap: 40 },
  { cues: ['number-sign'], where: 'after', gap: 2 },
  { previousWordEndsWith: ['ская', 'ской', 'скую', 'ская'] },
  { cues: ['hospital-block'], where: 'block' },
];

const record: EntityRecord = {
  id: 'csto',
  kind: 'organisation',
  highlight: true,
  description: 'Russia-led military alliance of six post-Soviet states (Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan, Tajikistan), founded 2002.',
  displayNames: {
    en: 'Collective Security Treaty Organization (CSTO)', ru: 'Организация Договора о коллективной безопасности (ОДКБ)',
    hi: 'सामूहिक सुरक्षा संधि संगठन (सीएसटीओ)', tl: 'Collective Security Treaty Organization (CSTO)',
    kk: 'Ұжымдық қауіпсіздік туралы шарт ұйымы (ҰҚШҰ)', de: 'Organisation des Vertrags über kollektive Sicherheit (OVKS)',
    fr: 'Organisation du traité de sécurité collective (OTSC)', zh: '集体安全条约组织',
  },
  aliases: [
    { lang: 'en', tier: 'name', forms: ['{,CIS }Collective Security Treaty Organi{z,s}ation', 'Organi{z,s}ation of the Collective Security Treaty'], suffixes: 'en-noun', typos: true },
    { lang: 'en', tier: 'name', forms: ['CIS Collective Security Organi{z,s}ation'], suffixes: 'en-noun' },
    // Capitalised only: "NATO is a collective security organization" is the kind, not the CSTO.
    {
      lang: 'en',
      tier: 'weak',
      forms: ['Collective Security Organi{z,s}ation', 'COLLECTIVE SECURITY ORGANI{Z,S}ATION', 'Collective Security Treaty', 'Tashkent {Treaty,Pact}'],
      suffixes: 'en-noun',
      caseSensitive: true,
      needs: allianceContext,
      vetoes: theTreatyItself,
    },
    {
      lang: 'en',
      tier: 'abbreviation',
      forms: ['CSTO'],
      // Swedish, Danish and Norwegian write the genitive on without an apostrophe (CSTOs), as English writes a plural.
      suffixes: 'latin-abbr',
      vetoes: [{ cues: ['job-title'], where: 'before', gap: 40 }, { cues: ['job-title'], where: 'after', gap: 40 }],
    },
    { lang: 'ru', tier: 'name', forms: ['Организаци~ Договора {о ,}коллективной безопасности'], suffixes: 'ru-noun-f-ija', transliterate: true },
    { lang: 'ru', tier: 'weak', forms: ['Договор~ о коллективной безопасности'], suffixes: 'ru-noun-m', needs: allianceContext, vetoes: theTreatyItself },
    { lang: 'ru', tier: 'weak', forms: ['Ташкентск~ договор'], suffixes: 'ru-adj', needs: allianceContext, vetoes: theTreatyItself },
    // The name without its treaty, as copy shortens it: capitalised (the lower-case phrase is the
    // kind of organisation), and only with the alliance in the block.
    { lang: 'ru', tier: 'weak', forms: ['Организаци~ коллективной безопасности'], suffixes: 'ru-noun-f-ija', caseSensitive: true, needs: allianceContext },
    { lang: 'ru', tier: 'abbreviation', forms: ['ОДКБ'], suffixes: 'turkic-abbr-cyrl', vetoes: hospital },
    // Headlines and search-style copy write it in lower case too (вступление в одкб); no word is spelled so.
    { lang: 'ru', tier: 'abbreviation', forms: ['одкб'], vetoes: hospital },
    { lang: 'uk', tier: 'name', forms: ['Організаці~ Договору про колективну безпеку'], suffixes: 'uk-noun-f-ija', transliterate: true },
    // Copy also drops the preposition and puts "collective security" in the genitive.
    { lang: 'uk', tier: 'name', forms: ['Організаці~ Договору колективної безпеки'], suffixes: 'uk-noun-f-ija' },
    { lang: 'uk', tier: 'weak', forms: ['Організаці~ колективної безпеки'], suffixes: 'uk-noun-f-ija', caseSensitive: true, needs: allianceContext },
    { lang: 'be', tier: 'name', forms: ['Арганізацы~ {Дагавора,Дамовы} аб калектыўнай {бяспецы,бясьпецы}'], suffixes: 'be-noun-f-ija' },
    // The classical orthography (taraškievica) says "about" with пра and the accusative.
    { lang: 'be', tier: 'name', forms: ['Арганізацы~ {Дагавора,Дамовы} пра калектыўную {бяспеку,бясьпеку}'], suffixes: 'be-noun-f-ija' },
    { lang: 'be', tier: 'abbreviation', forms: ['АДКБ'] },
    // Turkic copy often drops the postposition "about" (туралы, жөнүндө), and the treaty noun then
    // takes the possessive that binds it to the next noun (шарт → шарты, келишим → келишими) or stays bare.
    { lang: 'kk', tier: 'name', forms: ['Ұжымдық қауіпсіздік {туралы шарт,шарты,шарт} ұйым~'], suffixes: 'kk-noun-ym' },
    { lang: 'kk', tier: 'name', forms: ['Ūjymdyq qauıpsızdık turaly şart ūiym{y,ynyñ,yna}'] },
    // The treaty also as келісімшарт ("contract"), which copy then writes without "security".
    { lang: 'kk', tier: 'name', forms: ['Ұжымдық қауіпсіздік туралы келісімшарт ұйым~'], suffixes: 'kk-noun-ym' },
    { lang: 'kk', tier: 'weak', forms: ['Ұжымдық {қауіпсіздік,келісімшарт} ұйым~'], suffixes: 'kk-noun-ym', caseSensitive: true, needs: allianceContext },
    { lang: 'kk', tier: 'abbreviation', forms: ['ҰҚШҰ'], suffixes: 'turkic-abbr-cyrl' },
    // The treaty named for the organisation, in the members' Turkic languages, with their case endings.
    { lang: 'kk', tier: 'weak', forms: ['Ұжымдық қауіпсіздік туралы шарт'], inflect: true, needs: allianceContext, vetoes: theTreatyItself },
    { lang: 'uz', tier: 'weak', forms: ['Kollektiv xavfsizlik shartnomasi', 'Коллектив хавфсизлик шартномаси'], inflect: true, needs: allianceContext, vetoes: theTreatyItself },
    { lang: 'ky', tier: 'weak', forms: ['Жамааттык коопсуздук жөнүндө келишим'], inflect: true, needs: allianceContext, vetoes: theTreatyItself },
    // A head noun that already has its possessive ending takes the cases after an n (Antlaşması-na).
    { lang: 'tr', tier: 'weak', forms: ["Kol{,l}ektif Güvenlik An{t,}laşması{,nın,na,nı,nda,ndan,yla,ndaki,'nın,'na,'nı,'nda,'ndan}"], needs: allianceContext, vetoes: theTreatyItself },
    { lang: 'az', tier: 'weak', forms: ["Kollektiv Təhlükəsizlik Müqaviləsi{,nin,nə,ni,ndə,ndən,ylə,ndəki,'nin,'nə,'ni,'ndə,'ndən}"], needs: allianceContext, vetoes: theTreatyItself },
    { lang: 'uz', tier: 'name', forms: ['Kollektiv xavfsizlik shartnomasi tashkilot~'], suffixes: 'uz-noun-i' },
    { lang: 'uz', tier: 'name', forms: ['Коллектив хавфсизлик шартномаси ташкилоти'] },
    { lang: 'uz', tier: 'abbreviation', forms: ['KXShT', 'KXSHT'], suffixes: 'uz-abbr' },
    { lang: 'uz', tier: 'abbreviation', forms: ['КХШТ'], suffixes: 'uz-abbr-cyrl' },
    // Also spelled with one а (жаматтык).
    { lang: 'ky', tier: 'name', forms: ['Жама{а,}ттык коопсуздук {жөнүндө келишим,келишими,келишим} уюм~'], suffixes: 'ky-noun-u' },
    { lang: 'ky', tier: 'weak', forms: ['Жамааттык коопсуздук жөнүндө уюм'], inflect: true, caseSensitive: true, needs: allianceContext },
    { lang: 'ba', tier: 'name', forms: ['Коллектив хәүефһеҙлек {тураһындағы договор,договоры} ойошмаһы'], inflect: true },
    // ЖККУ also appears in Russian housing and utilities text.
    { lang: 'ky', tier: 'abbreviation', forms: ['ЖККУ'], suffixes: 'ky-abbr', pageLangs: { langs: ['ky'], unknown: 'deny' } },
    // Tajik names the treaty аҳднома or паймон, spells "collective" with or without the vowel, and
    // copy puts "security" first too (Созмони Амнияти Аҳдномаи Дастаҷамъӣ).
    { lang: 'tg', tier: 'name', forms: ['Созмони {Аҳдномаи,Паймони} амнияти {дастаҷамъӣ,дастҷамъӣ}', 'Созмони амнияти {Аҳдномаи,Паймони} {дастаҷамъӣ,дастҷамъӣ}'] },
    // СААД, СПАД: on Tajik pages only (спад is a Russian word, "decline").
    { lang: 'tg', tier: 'abbreviation', forms: ['СААД', 'СПАД'], pageLangs: { langs: ['tg'], unknown: 'deny' } },
    { lang: 'pl', tier: 'name', forms: ['Organizacj~ {Układu,Traktatu} o Bezpieczeństwie Zbiorowym', 'Organizacj~ Układu Bezpieczeństwa Zbiorowego'], suffixes: 'pl-noun-f-ja' },
    { lang: 'pl', tier: 'abbreviation', forms: ['OUBZ', 'ODKB'] },
    { lang: 'cs', tier: 'name', forms: ['Organizac~ Smlouvy o kolektivní bezpečnosti'], suffixes: 'cs-noun-f-e' },
    { lang: 'cs', tier: 'abbreviation', forms: ['OSKB'] },
    { lang: 'sk', tier: 'name', forms: ['Organizáci~ Zmluvy o kolektívnej bezpečnosti'], suffixes: 'sk-noun-f-ia' },
    { lang: 'sk', tier: 'abbreviation', forms: ['OZKB'] },
    { lang: 'sl', tier: 'name', forms: ['Organizacij{a,e,i,o} {pogodbe,sporazuma} {o kolektivni varnosti,za kolektivno varnost}'], typos: true },
    { lang: 'sl', tier: 'abbreviation', forms: ['OSKV', 'OPKV'] },
    { lang: 'sr', tier: 'name', forms: ['Organizacij{a,e,i,u,om} ugovora o kolektivnoj {bezbednosti,sigurnosti}', 'Организациј{а,е,и,у,ом} уговора о колективној безбедности'], typos: true },
    { lang: 'hr', tier: 'name', forms: ['Organizacij{a,e,i,u,om} ugovora o kolektivnoj sigurnosti'], typos: true },
    // Serbian and Croatian copy also say dogovor (the Russian word), "for collective security"
    // (za + accusative) or the genitive without a preposition. Listed without slips: each slip
    // of each of these would grow the tables for little.
    {
      lang: 'sr',
      tier: 'name',
      forms: [
        'Organizacij{a,e,i,u,om} dogovora o kolektivnoj {bezbednosti,sigurnosti}',
        'Organizacij{a,e,i,u,om} {ugovora,dogovora} {za kolektivnu bezbednost,za kolektivnu sigurnost,kolektivne bezbednosti,kolektivne sigurnosti}',
        'Организациј{а,е,и,у,ом} договора о колективној безбедности',
        'Организациј{а,е,и,у,ом} {уговора,договора} {за колективну безбедност,колективне безбедности}',
      ],
    },
    { lang: 'bs', tier: 'name', forms: ['Organizacij{a,e,i,u,om} ugovora o kolektivnoj {sigurnosti,bezbjednosti,bezbednosti}'], typos: true },
    // The Russian abbreviation with South Slavic case endings, after a hyphen or glued (ODKB-a, ODKBu).
    { lang: 'sr', tier: 'abbreviation', forms: ['ODKB{,-}{a,u,om,e}', 'ОДКБ{,-}{а,у,ом,е}'] },
    { lang: 'bg', tier: 'name', forms: ['Организаци{я,ята} на Договора за колективна сигурност'] },
    { lang: 'bg', tier: 'abbreviation', forms: ['ОДКС'] },
    { lang: 'mk', tier: 'name', forms: ['Организација{,та} на Договорот за колективна безбедност'] },
    { lang: 'de', tier: 'name', forms: ['Organisation des Vertrag{s,es} {über,für} {,die }kollektive Sicherheit'], typos: true },
    { lang: 'de', tier: 'weak', forms: ['Vertrag{,s,es} über kollektive Sicherheit', 'Taschkent-Pakt{,s}', 'Taschkenter Vertrag{,s}'], needs: allianceContext, vetoes: theTreatyItself },
    { lang: 'de', tier: 'weak', forms: ['Organisation für kollektive Sicherheit'], caseSensitive: true, needs: allianceContext },
    { lang: 'de', tier: 'abbreviation', forms: ['OVKS'] },
    { lang: 'nl', tier: 'name', forms: ['Collectieve Veiligheidsverdrag{,s}{, }organisatie', 'Organisatie van het Verdrag inzake Collectieve Veiligheid'] },
    { lang: 'sv', tier: 'name', forms: ['{Organisation,Organisationen,Fördragsorganisationen} för kollektiv säkerhet'], typos: true },
    { lang: 'fr', tier: 'name', forms: ['Organisation du traité de {,la }sécurité collective'], typos: true },
    { lang: 'fr', tier: 'weak', forms: ['traité de sécurité collective'], needs: allianceContext, vetoes: theTreatyItself },
    { lang: 'fr', tier: 'weak', forms: ['Organisation de {,la }sécurité collective'], caseSensitive: true, needs: allianceContext },
    // OTSC is also the Over-The-Scope Clip used in endoscopy.
    {
      lang: 'fr',
      tier: 'abbreviation',
      // OSTC: the press's own order of the letters, as common as a slip.
      forms: ['OTSC', 'OSTC'],
      pageLangs: { langs: ['fr', 'es', 'pt', 'it', 'ro', 'ca'], unknown: 'allow' },
      vetoes: [{ cues: ['medical'], where: 'before', gap: 40 }, { cues: ['medical'], where: 'after', gap: 40 }],
    },
    { lang: 'es', tier: 'name', forms: ['Organización del Tratado de Seguridad Colectiva'], typos: true },
    { lang: 'es', tier: 'weak', forms: ['Tratado de Seguridad Colectiva'], needs: allianceContext, vetoes: theTreatyItself },
    { lang: 'es', tier: 'weak', forms: ['Organización de Seguridad Colectiva'], caseSensitive: true, needs: allianceContext },
    { lang: 'pt', tier: 'name', forms: ['Organização do Tratado de Segurança Cole{c,}tiva'], typos: true },
    { lang: 'pt', tier: 'weak', forms: ['Tratado de Segurança Cole{c,}tiva'], needs: allianceContext, vetoes: theTreatyItself },
    { lang: 'pt', tier: 'weak', forms: ['Organização de Segurança Cole{c,}tiva'], caseSensitive: true, needs: allianceContext },
    { lang: 'it', tier: 'name', forms: ['Organizzazione del Trattato {di,per la,sulla} Sicurezza Collettiva'], typos: true },
    { lang: 'it', tier: 'weak', forms: ['Trattato {di,per la,sulla} sicurezza collettiv{a,o}'], needs: allianceContext, vetoes: theTreatyItself },
    { lang: 'it', tier: 'weak', forms: ['Organizzazione {di,per la} Sicurezza Collettiva'], caseSensitive: true, needs: allianceContext },
    { lang: 'it', tier: 'abbreviation', forms: ['Csto', 'Otsc'] },
    { lang: 'ro', tier: 'name', forms: ['Organizaţi{a,ei} Tratatului de Securitate Colectiv{ă,a}'], typos: true },
    { lang: 'el', tier: 'name', forms: ['Οργανισμ~ Συνθήκης Συλλογικής Ασφάλειας'], suffixes: 'el-noun-os' },
    // Greek copy also says Οργάνωση ("organisation") and Σύμφωνο ("pact"), with the article.
    { lang: 'el', tier: 'name', forms: ['Οργάνωσ{η,ης} {του ,}{Συμφώνου,Συνθήκης} Συλλογικής Ασφάλειας', 'Οργανισμ{ός,ού,ό} του {Συμφώνου,Συνθήκης} Συλλογικής Ασφάλειας'] },
    { lang: 'el', tier: 'abbreviation', forms: ['ΟΣΣΑ'] },
    { lang: 'hu', tier: 'name', forms: ['Kollektív Biztonsági Szerződés Szervezet~'], suffixes: 'hu-noun-e' },
    { lang: 'hu', tier: 'abbreviation', forms: ['KBSZSZ'] },
    { lang: 'fi', tier: 'name', forms: ['Kollektiivisen turvallisuussopimuksen järjest~'], suffixes: 'fi-noun-o' },
    { lang: 'et', tier: 'name', forms: ['Kollektiivse {Julgeolekulepingu,Julgeoleku Lepingu} Organisatsioon'], suffixes: 'et-noun-i' },
    { lang: 'lt', tier: 'name', forms: ['Kolektyvinio saugumo sutarties organizacij~'], suffixes: 'lt-noun-a' },
    { lang: 'lt', tier: 'abbreviation', forms: ['KSSO'] },
    { lang: 'lv', tier: 'name', forms: ['Kolektīvās drošības līguma organizācij~'], suffixes: 'lv-noun-a' },
    { lang: 'lv', tier: 'abbreviation', forms: ['KDLO'] },
    { lang: 'sq', tier: 'name', forms: ['Organizat{a,ës,ën} {e,së} Traktatit {të Sigurisë Kolektive,mbi Sigurinë Kolektive,mbi Sigurimin Kolektiv}'] },
    { lang: 'sq', tier: 'abbreviation', forms: ['OTSK'] },
    // Turkish copy also doubles the l of the loanword (Kollektif).
    // Turkmen: the treaty's organisation, with its abbreviation.
    { lang: 'tk', tier: 'name', forms: ['Kollektiw howpsuzlyk şertnamasy guramasy'], inflect: true },
    { lang: 'tk', tier: 'abbreviation', forms: ['KHŞG'] },
    { lang: 'tr', tier: 'name', forms: ['Kol{,l}ektif Güvenlik An{t,}laşması Örgüt~'], suffixes: 'tr-noun-u' },
    { lang: 'tr', tier: 'weak', forms: ['Kol{,l}ektif Güvenlik Örgüt~'], suffixes: 'tr-noun-u', caseSensitive: true, needs: allianceContext },
    { lang: 'tr', tier: 'abbreviation', forms: ['KGAÖ'] },
    { lang: 'az', tier: 'name', forms: ['Kollektiv Təhlükəsizlik Müqaviləsi Təşkilat~'], suffixes: 'az-noun-i' },
    { lang: 'az', tier: 'weak', forms: ['Kollektiv Təhlükəsizlik Təşkilat~'], suffixes: 'az-noun-i', caseSensitive: true, needs: allianceContext },
    // KTMT is also a Vietnamese abbreviation (computer engineering).
    { lang: 'az', tier: 'abbreviation', forms: ['KTMT'], pageLangs: { langs: ['az'], unknown: 'deny' } },
    // The treaty is also rendered შეთანხმება ("agreement").
    { lang: 'ka', tier: 'name', forms: ['კოლექტიური უსაფრთხოების {ხელშეკრულების,შეთანხმების} ორგანიზაცი{ა,ის,ას,ამ,აში,ით}'] },
    { lang: 'hy', tier: 'name', forms: ['Հավաքական անվտանգության պայմանագրի կազմակերպությ~'], suffixes: 'hy-noun-tyun' },
    { lang: 'hy', tier: 'abbreviation', forms: ['ՀԱՊԿ'] },
    { lang: 'ar', tier: 'name', forms: ['منظمة معاهدة الامن الجماعي', 'منظمة الامن الجماعي'], proclitics: 'ar' },
    { lang: 'ar', tier: 'weak', forms: ['معاهدة الامن الجماعي', 'دول معاهدة طشقند'], proclitics: 'ar', needs: allianceContext, vetoes: theTreatyItself },
    // Persian also writes دسته‌جمعی ("collective"), joined by a ZWNJ that normalisation removes.
    { lang: 'fa', tier: 'name', forms: ['سازمان پيمان امنيت {,دسته ,دسته}جمعي'] },
    { lang: 'ckb', tier: 'name', forms: ['رێكخراوي پەيماني ئاسايشي كۆمەڵ'] },
    { lang: 'fa', tier: 'weak', forms: ['پيمان امنيت {,دسته ,دسته}جمعي'], needs: allianceContext, vetoes: theTreatyItself },
    { lang: 'ur', tier: 'name', forms: ['اجتماعي سلامتي كے معاهدے كي تنظيم'] },
    { lang: 'he', tier: 'name', forms: ['ארגון אמנת הביטחון הקולקטיבי'], proclitics: 'he' },
    { lang: 'hi', tier: 'name', forms: ['सामूहिक सुरक्षा संधि संगठन'] },
    { lang: 'hi', tier: 'abbreviation', forms: ['सीएसटीओ'] },
    { lang: 'ml', tier: 'name', forms: ['കളക്ടീവ് സെക്യൂരിറ്റി ട്രീറ്റി ഓർഗനൈസേഷൻ'], inflect: true },
    { lang: 'bn', tier: 'name', forms: ['{যৌথ,সম্মিলিত,সমষ্টিগত} নিরাপত্তা চুক্তি সংস্থা'] },
    { lang: 'bn', tier: 'abbreviation', forms: ['সিএসটিও'] },
    { lang: 'tl', tier: 'name', forms: ['Organisasyon ng Kasunduan sa Kolektibong Seguridad'] },
    { lang: 'id', tier: 'name', forms: ['Organisasi {Perjanjian,Traktat} Keamanan Kolektif', 'Pertubuhan Perjanjian Keselamatan Kolektif'] },
    { lang: 'vi', tier: 'name', forms: ['Tổ chức Hiệp ước An ninh Tập thể'] },
    { lang: 'vi', tier: 'weak', forms: ['Hiệp ước An ninh Tập thể'], needs: allianceContext, vetoes: theTreatyItself },
    { lang: 'th', tier: 'name', forms: ['องค์การสนธิสัญญาความมั่นคงร่วม{กัน,}'] },
    { lang: 'zh', tier: 'name', forms: ['{,独联体}集体安全条约组织', '集體安全條約組織'] },
    // The treaty named for the organisation, or the name without 条约: with the alliance in context.
    // In title marks (《集体安全条约》) the treaty is the document.
    { lang: 'zh', tier: 'weak', forms: ['{,独联体,獨聯體}集体安全条约', '{,独联体,獨聯體}集體安全條約', '集体安全组织', '集體安全組織'], needs: allianceContext, vetoes: [...theTreatyItself, { quoted: true }] },
    // 集安 alone is Ji'an city: only the compound 集安组织 is the organisation.
    { lang: 'zh', tier: 'abbreviation', forms: ['集安组织', '集安組織'] },
    { lang: 'ja', tier: 'name', forms: ['集団安全保障条約機構'] },
    { lang: 'ko', tier: 'name', forms: ['집단안보조약기구', '집단 안보 조약 기구', '집단안보조약 기구'] },
  ],
};

/**
 * The abbreviations as copy mistypes them (OKVS, ОКДБ: two neighbouring letters swapped), counted
 * only with the alliance's members or context in the block. Abbreviations that only some pages'
 * languages read as the CSTO keep their own gate and get no slips.
 */
const slips: AliasGroup = {
  lang: 'und',
  tier: 'weak',
  form: 'abbreviation slip',
  forms: abbreviationSlips(record.aliases.filter((g) => g.tier === 'abbreviation' && g.pageLangs === undefined).flatMap((g) => g.forms)),
  caseSensitive: true,
  needs: allianceContext,
};

export const csto: EntityRecord = { ...record, aliases: [...record.aliases, slips] };
