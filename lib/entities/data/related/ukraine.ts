/** Ukraine: co-mentions and search only. */
import type { EntityRecord } from '../../types';

export const ukraine: EntityRecord = {
  id: 'ukraine',
  kind: 'country',
  highlight: false,
  description: 'Eastern European country, invaded by Russia in 2022.',
  displayNames: { en: 'Ukraine', ru: 'Украина', hi: 'यूक्रेन', tl: 'Ukraine', uk: 'Україна', zh: '乌克兰' },
  aliases: [
    { lang: 'en', tier: 'name', forms: ['Ukraine'], suffixes: 'en-noun' },
    { lang: 'ru', tier: 'name', forms: ['Украин~'], suffixes: 'ru-noun-f-a' },
    { lang: 'uk', tier: 'name', forms: ['Україн~'], suffixes: 'uk-noun-f-a' },
    { lang: 'kk', tier: 'name', forms: ['Украина{,ның,ға,да,дан}'] },
    { lang: 'hi', tier: 'name', forms: ['यूक्रेन'] },
    { lang: 'tl', tier: 'name', forms: ['Ukranya'] },
    { lang: 'zh', tier: 'name', forms: ['乌克兰', '烏克蘭'] },
    { lang: 'ar', tier: 'name', forms: ['اوكرانيا'], proclitics: 'ar' },
    { lang: 'es', tier: 'name', forms: ['Ucrania'] },
    { lang: 'tr', tier: 'name', forms: ['Ukrayna'] },
    { lang: 'pl', tier: 'name', forms: ['Ukrain{a,y,ie,ę,ą}'] },
    { lang: 'ja', tier: 'name', forms: ['ウクライナ'] },
    { lang: 'ko', tier: 'name', forms: ['우크라이나'] },
    { lang: 'he', tier: 'name', forms: ['אוקראינה'], proclitics: 'he' },
  ],
};
