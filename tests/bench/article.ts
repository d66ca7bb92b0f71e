/**
 * A generated long article for the page-scan benchmark: about `bytes` of HTML, deterministic, in
 * the shape of a real news page — a header and navigation, then sections of paragraphs in
 * several languages with inline markup (links, emphasis, a name split across elements), lists,
 * tables, a few scripts and hidden blocks — and a mention of a watched entity every few
 * paragraphs, in the forms real text uses. Also the paragraphs the incremental benchmark
 * appends to it.
 */
import { seededRandom } from '../../lib/seeded-random';

interface Language {
  lang: string;
  words: string[];
  /** Mentions as a reader meets them; `|` splits a name across an inline element. */
  mentions: string[];
}

const LANGUAGES: Language[] = [
  {
    lang: 'en',
    words: 'the government said on monday that trade between both countries would grow despite sanctions and pressure from partners in the region while officials agreed a new energy deal with ministers after long talks about security forces border exports and air defence contracts'.split(' '),
    mentions: ['Kazakhstan', "Kazakhstan's", 'Kazakh|stan', 'the CSTO', 'Collective Security Treaty Organization', 'S-300', 'S‑300PMU-2', 'S-|300'],
  },
  {
    lang: 'ru',
    words: 'правительство заявило в понедельник что торговля между странами будет расти несмотря на санкции и давление партнеров в регионе чиновники договорились о новой энергетической сделке после долгих переговоров о безопасности'.split(' '),
    mentions: ['Казахстан', 'Казахстана', 'Казахстаном', 'ОДКБ', 'С-300', 'С-300ПМУ-1'],
  },
  {
    lang: 'de',
    words: 'die regierung sagte am montag dass der handel zwischen beiden ländern trotz sanktionen und druck von partnern in der region wachsen werde beamte vereinbarten ein neues energieabkommen nach langen gesprächen'.split(' '),
    mentions: ['Kasachstan', 'Kasachstans', 'OVKS', 'S-300'],
  },
  {
    lang: 'hi',
    words: 'सरकार ने सोमवार को कहा कि दोनों देशों के बीच व्यापार प्रतिबंधों के बावजूद बढ़ेगा क्षेत्र में साझेदारों के दबाव के बीच अधिकारियों ने नए ऊर्जा समझौते पर सहमति जताई'.split(' '),
    mentions: ['कज़ाख़स्तान', 'कजाकिस्तान', 'सीएसटीओ', 'एस-300'],
  },
  {
    lang: 'tr',
    words: 'hükümet pazartesi günü iki ülke arasındaki ticaretin yaptırımlara ve bölgedeki ortakların baskısına rağmen büyüyeceğini söyledi yetkililer yeni bir enerji anlaşması üzerinde uzlaştı'.split(' '),
    mentions: ["Kazakistan'ın", 'Kazakistan', 'KGAÖ', 'S-300'],
  },
];

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function mentionHtml(form: string): string {
  const [head, tail] = form.split('|');
  return tail === undefined ? escapeHtml(form) : `${escapeHtml(head ?? '')}<b>${escapeHtml(tail)}</b>`;
}

/** One paragraph: 40–120 words, inline markup now and then, a mention in one of `every`. */
function paragraph(rand: () => number, language: Language, every: number): string {
  const length = 40 + Math.floor(rand() * 80);
  const words: string[] = [];
  for (let i = 0; i < length; i++) {
    const word = escapeHtml(language.words[Math.floor(rand() ** 2 * language.words.length)] ?? '');
    const roll = rand();
    if (roll < 0.02) words.push(`<a href="#w${i}">${word}</a>`);
    else if (roll < 0.03) words.push(`<em>${word}</em>`);
    else words.push(word);
  }
  if (rand() < 1 / every) {
    const at = Math.floor(rand() * words.length);
    words.splice(at, 0, mentionHtml(language.mentions[Math.floor(rand() * language.mentions.length)] ?? ''));
  }
  return `<p lang="${language.lang}">${words.join(' ')}.</p>`;
}

function section(rand: () => number, n: number): string {
  const language = LANGUAGES[n % LANGUAGES.length] as Language;
  const parts = [`<section id="s${n}"><h2>Section ${n}</h2>`];
  const paragraphs = 8 + Math.floor(rand() * 8);
  for (let i = 0; i < paragraphs; i++) parts.push(paragraph(rand, language, 4));
  if (n % 5 === 0) {
    parts.push(`<ul>${Array.from({ length: 6 }, (_, i) => `<li><a href="#s${n}-${i}">Related story ${n}.${i}</a></li>`).join('')}</ul>`);
  }
  if (n % 7 === 0) {
    parts.push(`<table><tr><th>Year</th><th>Exports</th></tr>${Array.from({ length: 5 }, (_, i) => `<tr><td>${2010 + i}</td><td>${(rand() * 1000).toFixed(1)}</td></tr>`).join('')}</table>`);
  }
  if (n % 11 === 0) parts.push(`<script>window.__section${n} = ${n};</script><div hidden><p>Kazakhstan (hidden)</p></div>`);
  parts.push('</section>');
  return parts.join('\n');
}

/** An HTML document of about `bytes` bytes (UTF-8). */
export function generateArticle(bytes = 10 * 1024 * 1024, seed = 7): string {
  const rand = seededRandom(seed);
  const head = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Generated long article</title>
<style>body { font: 16px/1.5 serif; max-width: 48rem; margin: 1rem auto; }</style></head>
<body><header><nav><ul>${Array.from({ length: 30 }, (_, i) => `<li><a href="#n${i}">Menu ${i}</a></li>`).join('')}</ul></nav>
<h1>A very long article about trade, alliances and air defence</h1></header>
<main><article id="article">
`;
  const tail = '\n</article></main><footer><p>Generated by tests/bench/article.ts.</p></footer></body></html>\n';
  const parts = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let n = 0; size < bytes; n++) {
    const s = section(rand, n);
    parts.push(s);
    size += Buffer.byteLength(s) + 1;
  }
  parts.push(tail);
  return parts.join('\n');
}

/** The HTML of `count` paragraphs to append to a scanned page (the incremental benchmark). */
export function appendedParagraphs(count = 100, seed = 11): string[] {
  const rand = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => paragraph(rand, LANGUAGES[i % LANGUAGES.length] as Language, 4));
}
