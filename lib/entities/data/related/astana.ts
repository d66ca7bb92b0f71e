/**
 * Astana (Nur-Sultan 2019–2022): co-mentions and search only. Kazakh lowercase астана means
 * "capital", Persian آستانه "threshold", Nursultan Nazarbayev is a person.
 */
import type { EntityRecord } from '../../types';

export const astana: EntityRecord = {
  id: 'astana',
  kind: 'city',
  highlight: false,
  description: 'Astana, capital of Kazakhstan (called Nur-Sultan from 2019 to 2022).',
  displayNames: { en: 'Astana', ru: 'Астана', hi: 'अस्ताना', tl: 'Astana', kk: 'Астана', zh: '阿斯塔纳' },
  aliases: [
    { lang: 'en', tier: 'name', forms: ['Astana', 'Astaná', 'Akmola', 'Tselinograd'], suffixes: 'en-noun', caseSensitive: true },
    { lang: 'en', tier: 'name', forms: ['Nur-Sultan', 'Nour-Soultan'], vetoes: [{ cues: ['nazarbayev'], where: 'after', gap: 2 }] },
    { lang: 'ru', tier: 'name', forms: ['Астан~'], suffixes: 'ru-noun-f-a', caseSensitive: true },
    { lang: 'ru', tier: 'name', forms: ['Нур-Султан{,а,е,у,ом}'], vetoes: [{ cues: ['nazarbayev'], where: 'after', gap: 2 }] },
    { lang: 'kk', tier: 'name', forms: ['Астана{ның,ға,да,дан}', 'Нұр-Сұлтан'], caseSensitive: true },
    { lang: 'hi', tier: 'name', forms: ['अस्ताना'] },
    { lang: 'zh', tier: 'name', forms: ['阿斯塔纳', '阿斯塔納'] },
    { lang: 'ar', tier: 'name', forms: ['استانا'], proclitics: 'ar' },
  ],
};
