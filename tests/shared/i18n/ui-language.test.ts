import { describe, expect, it } from 'vitest';
import { textIn, uiLanguage } from '../../../shared/i18n/ui-language.ts';

describe('uiLanguage', () => {
  it.each(['zh-CN', 'zh-cn', 'zh', 'zh-Hans', 'zh-SG', 'zh-Hans-CN'])(
    'shows Chinese for %s',
    (lang) => {
      expect(uiLanguage(lang)).toBe('zh');
    },
  );

  it.each(['en-US', 'en-GB', 'de-DE', 'zh-TW', 'zh-HK', 'ja-JP', '', undefined])(
    'shows English for %s',
    (lang) => {
      expect(uiLanguage(lang)).toBe('en');
    },
  );

  it('fills a message in the chosen language', () => {
    expect(textIn('zh', 'addin.plan.created', { sheets: '指标 Indicators' })).toBe(
      '已创建工作表：指标 Indicators',
    );
    expect(textIn('en', 'addin.plan.created', { sheets: '指标 Indicators' })).toBe(
      'Created the sheets: 指标 Indicators',
    );
  });
});
