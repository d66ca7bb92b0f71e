/**
 * A deterministic synthetic corpus for tests and benchmarks: documents in eight languages and
 * five scripts, paragraphs of filler words with catalogue names mixed in (in the forms real
 * text uses), each with a synthetic English "translation". Same options, same bytes.
 */
import { seededRandom } from '../../seeded-random';
import { sha256Hex } from './bundle';
import type { SourceDocument } from './indexer';
import type { Manifest, ManifestParagraph } from './manifest';

interface LanguagePool {
  lang: string;
  /** Real, frequent words (they head the Zipf-like distribution). */
  words: string[];
  names: string[];
  /** Syllables for the long tail of made-up words, so the vocabulary grows like a real one's. */
  syllables?: string;
}

const POOLS: LanguagePool[] = [
  { lang: 'en', words: 'the government said on monday that trade between both countries would grow despite sanctions pressure from partners in region officials agreed new energy deal with ministers after talks security forces border exports'.split(' '),
    names: ['Kazakhstan', "Kazakhstan's", 'CSTO', 'S-300', 'Russia', 'Putin', 'Tokayev', 'Astana', 'Moscow', 'NATO'], syllables: 'ta re con ment ing ex pro dis ar ter ol ven sto mar'  },
  { lang: 'ru', words: 'правительство заявило в понедельник что торговля между странами будет расти несмотря на санкции давление партнеров регионе чиновники договорились о новой энергетической сделке после переговоров'.split(' '),
    names: ['Казахстан', 'Казахстана', 'Казахстане', 'ОДКБ', 'С-300', 'Россия', 'Путин', 'Токаев', 'Астана', 'Москва'], syllables: 'ра ко ста ни про ве до лен ми тер ско на ов' },
  { lang: 'hi', words: 'सरकार ने सोमवार को कहा कि दोनों देशों के बीच व्यापार प्रतिबंधों के बावजूद बढ़ेगा क्षेत्र में साझेदारों अधिकारियों ने नए ऊर्जा समझौते पर सहमति जताई बातचीत के बाद'.split(' '),
    names: ['कज़ाख़स्तान', 'कजाकिस्तान', 'सीएसटीओ', 'रूस', 'पुतिन', 'टोकायव', 'मॉस्को'], syllables: 'का रा मा ने सि ता प्र दे वि ल्य को हि' },
  { lang: 'tl', words: 'sinabi ng pamahalaan noong lunes na ang kalakalan sa pagitan ng dalawang bansa ay lalago sa kabila ng mga parusa at presyon mula sa mga kasosyo rehiyon opisyal kasunduan'.split(' '),
    names: ['Kazakhstan', 'CSTO', 'S-300', 'Russia', 'Putin', 'Astana'], syllables: 'pa ma ka ng ta la ba li sa gi ha yo' },
  { lang: 'fr', words: 'le gouvernement a déclaré lundi que le commerce entre les deux pays augmenterait malgré les sanctions et la pression des partenaires de la région responsables accord énergie'.split(' '),
    names: ['Kazakhstan', 'OTSC', 'S-300', 'Russie', 'Poutine', 'Tokaïev', 'Astana', 'Moscou'], syllables: 'ré con tion ment eau par lé ve mi qu ai ssi' },
  { lang: 'de', words: 'die regierung sagte am montag dass der handel zwischen beiden ländern trotz sanktionen und druck von partnern in der region wachsen werde beamte vereinbarten neues energieabkommen'.split(' '),
    names: ['Kasachstan', 'OVKS', 'S-300', 'Russland', 'Putin', 'Tokajew', 'Astana', 'Moskau'], syllables: 'ver ung sch ein ber ge stra hei lich tra kon zu' },
  { lang: 'kk', words: 'үкімет дүйсенбіде екі ел арасындағы сауда санкцияларға қарамастан өседі деп мәлімдеді өңірдегі серіктестер шенеуніктер жаңа энергетикалық келісімге келді'.split(' '),
    names: ['Қазақстан', 'Қазақстанның', 'ҰҚШҰ', 'Ресей', 'Путин', 'Тоқаев', 'Астана'], syllables: 'қа ты бе ға лық дар ме сы өз ұл тер жа' },
  { lang: 'tr', words: 'hükümet pazartesi günü iki ülke arasındaki ticaretin yaptırımlara ve bölgedeki ortakların baskısına rağmen büyüyeceğini söyledi yetkililer yeni enerji anlaşması'.split(' '),
    names: ["Kazakistan'ın", 'Kazakistan', 'KGAÖ', 'S-300', 'Rusya', 'Putin', 'Tokayev', 'Astana'], syllables: 'lar ın ği mak der kü yü sel baş ta ça öz' },
];

const EN = POOLS[0] as LanguagePool;


function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

/** The pool's vocabulary: its real words, then made-up ones of two to four syllables. */
function vocabulary(pool: LanguagePool, rand: () => number, size: number): string[] {
  const syllables = (pool.syllables ?? '').split(' ').filter(Boolean);
  const words = [...pool.words];
  const seen = new Set(words);
  for (let guard = 0; syllables.length > 0 && words.length < size && guard < size * 20; guard++) {
    const parts = 2 + Math.floor(rand() * 3);
    const word = Array.from({ length: parts }, () => pick(rand, syllables)).join('');
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  return words;
}

function paragraph(rand: () => number, pool: LanguagePool, words: readonly string[], length: number): string {
  const out: string[] = [];
  // rand()^3 favours the head of the list: a few words are everywhere, most are rare (Zipf-like).
  for (let i = 0; i < length; i++) out.push(rand() < 0.06 ? pick(rand, pool.names) : (words[Math.floor(rand() ** 3 * words.length)] ?? ''));
  const first = out[0] ?? '';
  out[0] = first.charAt(0).toUpperCase() + first.slice(1);
  // Two or three sentences per paragraph, so sentence offsets are exercised too.
  return out.map((w, i) => (i > 0 && i % 17 === 0 ? `${w}.` : w)).join(' ') + '.';
}

export interface SyntheticOptions {
  passages?: number;
  paragraphsPerDocument?: number;
  seed?: number;
}

export async function syntheticDocuments(options: SyntheticOptions = {}): Promise<SourceDocument[]> {
  const { passages = 10_000, paragraphsPerDocument = 20, seed = 20_221_128 } = options;
  const rand = seededRandom(seed);
  const vocabularies = new Map(POOLS.map((pool) => [pool, vocabulary(pool, rand, 3000)]));
  const docs: SourceDocument[] = [];
  for (let d = 0; d * paragraphsPerDocument < passages; d++) {
    const pool = POOLS[d % POOLS.length] as LanguagePool;
    const count = Math.min(paragraphsPerDocument, passages - d * paragraphsPerDocument);
    const lines: string[] = [];
    const paragraphs: ManifestParagraph[] = [];
    for (let p = 0; p < count; p++) {
      lines.push(paragraph(rand, pool, vocabularies.get(pool) ?? [], 40 + Math.floor(rand() * 50)));
      paragraphs.push(pool.lang === 'en' ? { original: 'en' } : { translation: paragraph(rand, EN, vocabularies.get(EN) ?? [], 30 + Math.floor(rand() * 30)) });
    }
    const text = lines.join('\n');
    const year = 1995 + Math.floor(rand() * 30);
    const id = `syn_${String(d).padStart(5, '0')}`;
    const manifest: Manifest = {
      format: 1, id, file: `${id}.txt`, sha256: await sha256Hex(text), language: pool.lang,
      title: { text: `Synthetic document ${d}`, language: 'en', editorial: true },
      source: 'synthetic test document',
      date: { refersTo: 'publication', precision: 'year', value: String(year), earliest: `${year}-01-01`, latest: `${year}-12-31`, inferredFrom: 'generated' },
      published: { precision: 'year', value: String(year), inferredFrom: 'generated' },
      translation: { language: 'en', editorial: true, by: 'generator' },
      paragraphs,
    };
    docs.push({ manifest, text });
  }
  return docs;
}
