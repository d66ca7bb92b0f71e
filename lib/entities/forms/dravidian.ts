/**
 * Case endings of the Dravidian languages, attached to the name without a space. A name that
 * ends in a dead consonant (virama or chillu) takes the ending on the consonant's vowel form
 * (கஸகஸ்தான் → கஸகஸ்தானில்); one that ends in a vowel takes a glide first (ரஷ்யா → ரஷ்யாவில்).
 * Telugu and Kannada also write the ending straight after the virama (కజకిస్తాన్‌లో, the ZWNJ
 * removed by normalisation), so both spellings are produced.
 */
import type { WordForm } from './types';

type Endings = readonly (readonly [string, string])[];

interface Script {
  virama: string;
  /** Vowel signs, after which a glide is written. */
  vowelSigns: RegExp;
  /** Glides after a vowel: va after a/ā/u/o, ya after i/e/ai. */
  va: string;
  ya: string;
  frontVowel: RegExp;
}

/** Forms on a consonant stem (the virama removed) and on a vowel stem (after a glide). */
function attach(word: string, script: Script, onConsonant: Endings, onVowel: Endings): WordForm[] {
  if (word.endsWith(script.virama)) {
    const stem = word.slice(0, -script.virama.length);
    return onConsonant.map(([ending, label]) => [stem + ending, label] as const);
  }
  const last = word.slice(-1);
  if (script.vowelSigns.test(last)) {
    const glide = script.frontVowel.test(last) ? script.ya : script.va;
    return onVowel.map(([ending, label]) => [word + glide + ending, label] as const);
  }
  return [];
}

const TA: Script = { virama: '\u0BCD', vowelSigns: /[\u0BBE-\u0BCC]/u, va: 'வ', ya: 'ய', frontVowel: /[\u0BBF\u0BC0\u0BC6\u0BC7\u0BC8]/u };
const TA_ENDINGS: Endings = [
  ['ை', 'accusative'], ['ின்', 'genitive'], ['ில்', 'locative'], ['ுக்கு', 'dative'], ['ுடன்', 'sociative'],
  ['ிலிருந்து', 'ablative'], ['ிடம்', 'locative (with)'], ['ால்', 'instrumental'], ['ும்', 'and'], ['ின', 'genitive'],
  ['ிற்கு', 'dative'], ['ில', 'locative'],
];

/** Tamil: கஸகஸ்தான் → கஸகஸ்தானை, கஸகஸ்தானின், கஸகஸ்தானில், கஸகஸ்தானுக்கு… */
export function tamilForms(word: string): WordForm[] {
  return attach(word, TA, TA_ENDINGS, TA_ENDINGS.filter(([e]) => e !== 'ிற்கு'));
}

const TE: Script = { virama: '\u0C4D', vowelSigns: /[\u0C3E-\u0C4C]/u, va: 'వ', ya: 'య', frontVowel: /[\u0C3F\u0C40\u0C46\u0C47\u0C48]/u };
const TE_SUFFIXES: Endings = [
  ['ను', 'accusative'], ['ని', 'accusative'], ['కు', 'dative'], ['కి', 'dative'], ['లో', 'locative'], ['తో', 'with'],
  ['నుండి', 'ablative'], ['నుంచి', 'ablative'], ['లోని', 'locative adjective'], ['పై', 'on'], ['యొక్క', 'genitive'],
];

/** Telugu: కజకిస్తాన్ → కజకిస్తాన్‌లో and కజకిస్తానులో, కజకిస్తాన్‌కు, కజకిస్తాన్‌తో… */
export function teluguForms(word: string): WordForm[] {
  const direct = TE_SUFFIXES.map(([e, l]) => [word + e, l] as const);
  if (!word.endsWith(TE.virama)) return direct;
  const stem = word.slice(0, -TE.virama.length);
  return [...direct, ...TE_SUFFIXES.map(([e, l]) => [`${stem}ు${e}`, l] as const), [`${stem}ును`, 'accusative'], [`${stem}ుకు`, 'dative']];
}

const KN_ON_A: Endings = [
  ['ದ', 'genitive'], ['ದಲ್ಲಿ', 'locative'], ['ಕ್ಕೆ', 'dative'], ['ವನ್ನು', 'accusative'], ['ನ್ನು', 'accusative'],
  ['ದಿಂದ', 'ablative'], ['ವು', 'nominative'], ['ದೊಂದಿಗೆ', 'with'], ['ದೊಡನೆ', 'with'], ['ವೂ', 'also'],
];
const KN_AFTER_VIRAMA: Endings = [['ನ', 'genitive'], ['ನಲ್ಲಿ', 'locative'], ['ಗೆ', 'dative'], ['ಅನ್ನು', 'accusative'], ['ನಿಂದ', 'ablative']];

/** Kannada: ಕಝಾಕಿಸ್ಥಾನ್ → ಕಝಾಕಿಸ್ಥಾನದ, ಕಝಾಕಿಸ್ಥಾನದಲ್ಲಿ, ಕಝಾಕಿಸ್ಥಾನಕ್ಕೆ, ಕಝಾಕಿಸ್ಥಾನ್‌ನಲ್ಲಿ… */
export function kannadaForms(word: string): WordForm[] {
  const virama = '\u0CCD';
  if (word.endsWith(virama)) {
    const stem = word.slice(0, -1);
    return [...KN_ON_A.map(([e, l]) => [stem + e, l] as const), ...KN_AFTER_VIRAMA.map(([e, l]) => [word + e, l] as const)];
  }
  // A vowel-final name (ರಷ್ಯಾ) takes the endings after a glide-free join: ರಷ್ಯಾದ, ರಷ್ಯಾದಲ್ಲಿ, ರಷ್ಯಾಕ್ಕೆ.
  return KN_ON_A.map(([e, l]) => [word + e, l] as const);
}

const ML_ON_N: Endings = [
  ['ിൽ', 'locative'], ['്റെ', 'genitive'], ['െ', 'accusative'], ['ുമായി', 'with'], ['ിലേക്ക്', 'allative'],
  ['ിൽനിന്ന്', 'ablative'], ['ിൽ നിന്ന്', 'ablative'], ['്', 'dative'], ['ും', 'and'], ['ിലെ', 'locative adjective'], ['ിനെ', 'accusative'],
];

/** Malayalam endings on a consonant whose virama they replace: കസാഖ് → കസാഖിന്റെ, കസാഖിൽ, കസാഖുമായി. */
const ML_ON_VIRAMA: Endings = [
  ['ിന്റെ', 'genitive'], ['ിൽ', 'locative'], ['ിനെ', 'accusative'], ['ിന്', 'dative'], ['ുമായി', 'with'],
  ['ിലേക്ക്', 'allative'], ['ിൽനിന്ന്', 'ablative'], ['ും', 'and'], ['ിലെ', 'locative adjective'],
];

/** Malayalam: കസാഖിസ്ഥാൻ (chillu ൻ) → കസാഖിസ്ഥാനിൽ, കസാഖിസ്ഥാന്റെ, കസാഖിസ്ഥാനുമായി… */
export function malayalamForms(word: string): WordForm[] {
  let stem: string | undefined;
  if (word.endsWith('ൻ')) stem = `${word.slice(0, -1)}ന`;
  else if (word.endsWith('ന്')) stem = word.slice(0, -1);
  if (stem !== undefined) return ML_ON_N.map(([e, l]) => [stem + e, l] as const);
  // Another consonant with a virama (കസാഖ്): the endings take its place, on the vowel i or u.
  if (/\p{L}\u0D4D$/u.test(word)) return ML_ON_VIRAMA.map(([e, l]) => [word.slice(0, -1) + e, l] as const);
  if (/[\u0D3E-\u0D4C]$/u.test(word)) {
    const glide = /[\u0D3F\u0D40\u0D46\u0D47\u0D48]$/u.test(word) ? 'യ' : 'വ';
    return ML_ON_N.filter(([e]) => e !== '്റെ' && e !== '്').map(([e, l]) => [word + glide + e, l] as const);
  }
  return [];
}
