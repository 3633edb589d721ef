/** One piece of user-facing text: zh-CN first, then English. */
export interface Bilingual {
  zh: string;
  en: string;
}
