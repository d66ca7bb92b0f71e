/** Kyiv / Kiev: co-mentions and search only. Arabic كيف ("how") and Persian کیف ("bag") are not aliases. */
import type { EntityRecord } from '../../types';

export const kyiv: EntityRecord = {
  id: 'kyiv',
  kind: 'city',
  highlight: false,
  description: 'Kyiv (Kiev), capital of Ukraine.',
  displayNames: { en: 'Kyiv', ru: 'Киев', hi: 'कीव', tl: 'Kyiv', uk: 'Київ', zh: '基辅' },
  aliases: [
    { lang: 'en', tier: 'name', forms: ['Kyiv', 'Kiev', 'Kiew', 'Kyjiw', 'Kyjev', 'Kiyev'], suffixes: 'en-noun' },
    { lang: 'ru', tier: 'name', forms: ['Киев'], suffixes: 'ru-noun-m' },
    { lang: 'uk', tier: 'name', forms: ['Київ', 'Києв{а,і,ом,у}'] },
    { lang: 'pl', tier: 'name', forms: ['Kijów', 'Kijow{a,ie,em}'] },
    { lang: 'hi', tier: 'name', forms: ['कीव'] },
    { lang: 'zh', tier: 'name', forms: ['基辅', '基輔'] },
    { lang: 'ar', tier: 'name', forms: ['كييف'], proclitics: 'ar' },
    { lang: 'ja', tier: 'name', forms: ['キーウ', 'キエフ'] },
    { lang: 'ko', tier: 'name', forms: ['키이우', '키예프'] },
    { lang: 'he', tier: 'name', forms: ['קייב'], proclitics: 'he' },
  ],
};
