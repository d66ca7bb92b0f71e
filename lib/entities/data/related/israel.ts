/** Israel: co-mentions and search only. */
import type { EntityRecord } from '../../types';

export const israel: EntityRecord = {
  id: 'israel',
  kind: 'country',
  highlight: false,
  description: 'Middle Eastern country; a competitor of Russia and Ukraine in arms exports.',
  displayNames: { en: 'Israel', ru: 'Израиль', hi: 'इज़राइल', tl: 'Israel', ar: 'إسرائيل', he: 'ישראל' },
  aliases: [
    { lang: 'en', tier: 'name', forms: ['Israel'], suffixes: 'de-noun' },
    { lang: 'ru', tier: 'name', forms: ['Израил~'], suffixes: 'ru-noun-m-soft' },
    { lang: 'uk', tier: 'name', forms: ['Ізраїл{ь,ю,ем,і,я}'] },
    { lang: 'hi', tier: 'name', forms: ['इजराइल', 'इसराइल', 'इस्राइल', 'इजरायल'] },
    { lang: 'zh', tier: 'name', forms: ['以色列'] },
    { lang: 'ar', tier: 'name', forms: ['اسرائيل'], proclitics: 'ar' },
    { lang: 'fr', tier: 'name', forms: ['Israël'] },
    { lang: 'tr', tier: 'name', forms: ['İsrail'] },
    { lang: 'he', tier: 'name', forms: ['ישראל'], proclitics: 'he' },
    { lang: 'ja', tier: 'name', forms: ['イスラエル'] },
    { lang: 'ko', tier: 'name', forms: ['이스라엘'] },
  ],
};
