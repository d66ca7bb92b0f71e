/** Moscow: co-mentions and search only. */
import type { EntityRecord } from '../../types';

export const moscow: EntityRecord = {
  id: 'moscow',
  kind: 'city',
  highlight: false,
  description: 'Moscow, capital of Russia.',
  displayNames: { en: 'Moscow', ru: 'Москва', hi: 'मॉस्को', tl: 'Moscow', kk: 'Мәскеу', zh: '莫斯科' },
  aliases: [
    { lang: 'en', tier: 'name', forms: ['Moscow', 'Moskow'], suffixes: 'en-noun' },
    { lang: 'ru', tier: 'name', forms: ['Москв~'], suffixes: 'ru-noun-f-a' },
    { lang: 'uk', tier: 'name', forms: ['Москв~'], suffixes: 'uk-noun-f-a' },
    { lang: 'kk', tier: 'name', forms: ['Мәскеу{,дің,ге,де,ден}'] },
    { lang: 'hi', tier: 'name', forms: ['मास्को'] },
    { lang: 'zh', tier: 'name', forms: ['莫斯科'] },
    { lang: 'ar', tier: 'name', forms: ['موسكو'], proclitics: 'ar' },
    { lang: 'fa', tier: 'name', forms: ['مسكو'] },
    { lang: 'fr', tier: 'name', forms: ['Moscou'] },
    { lang: 'de', tier: 'name', forms: ['Moskau'], suffixes: 'de-noun' },
    { lang: 'es', tier: 'name', forms: ['Moscú'] },
    { lang: 'tr', tier: 'name', forms: ['Moskova'] },
    { lang: 'pl', tier: 'name', forms: ['Moskw{a,y,ie,ę,ą}'] },
    { lang: 'ja', tier: 'name', forms: ['モスクワ'] },
    { lang: 'ko', tier: 'name', forms: ['모스크바'] },
    { lang: 'he', tier: 'name', forms: ['מוסקבה'], proclitics: 'he' },
  ],
};
