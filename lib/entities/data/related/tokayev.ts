/** Kassym-Jomart Tokayev: co-mentions and search only. The surname alone is distinctive in every transliteration. */
import type { EntityRecord } from '../../types';

export const tokayev: EntityRecord = {
  id: 'tokayev',
  kind: 'person',
  highlight: false,
  description: 'Kassym-Jomart Tokayev, President of Kazakhstan since 2019.',
  displayNames: {
    en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев', hi: 'कासिम-जोमार्ट टोकायेव', tl: 'Kassym-Jomart Tokayev',
    kk: 'Қасым-Жомарт Тоқаев', zh: '托卡耶夫', ar: 'قاسم جومارت توكاييف',
  },
  aliases: [
    { lang: 'en', tier: 'name', forms: ['{Kassym,Kasym,Kasim,Kassim,Qasym}-{Jomart,Zhomart,Schomart,Yomart,Żomart} To{k,q}a{y,j,i,ï,}ev'] },
    { lang: 'en', tier: 'name', forms: ['To{k,q}a{y,j,i,ï,}ev', 'Tokáyev', 'Tokajew'], suffixes: 'de-noun' },
    { lang: 'tr', tier: 'name', forms: ['Kasım Cömert Tokayev', 'Tokayev'], inflect: true },
    { lang: 'ru', tier: 'name', forms: ['Токаев'], suffixes: 'ru-surname' },
    { lang: 'ru', tier: 'name', forms: ['Касым-Жомарт{,а,у,ом,е} Токаев{,а,у,ым,е}'] },
    { lang: 'uk', tier: 'name', forms: ['Токаєв'], suffixes: 'uk-surname' },
    { lang: 'kk', tier: 'name', forms: ['Тоқаев', 'Қасым-Жомарт Тоқаев'], inflect: true },
    { lang: 'hi', tier: 'name', forms: ['{ट,त}ो{का,क}य{,े}व', 'कासिम-जोमार्ट {ट,त}ो{का,क}य{,े}व'] },
    { lang: 'zh', tier: 'name', forms: ['托卡耶夫'] },
    { lang: 'ar', tier: 'name', forms: ['تو{ك,ق}ا{ي,ج,}يف', 'قاسم {جومارت,زومارت,جومرت} تو{ك,ق}ا{ي,ج,}يف'], proclitics: 'ar' },
    { lang: 'ja', tier: 'name', forms: ['トカエフ'] },
    { lang: 'ko', tier: 'name', forms: ['토카예프'] },
    { lang: 'he', tier: 'name', forms: ['טוקאייב'], proclitics: 'he' },
  ],
};
