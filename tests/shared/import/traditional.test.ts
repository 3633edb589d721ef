import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../../shared/import/traditional.ts';
import { SEED_DOCS } from '../../../seeds/source.ts';
import { seedDocText } from '../../support/seed-documents.ts';

describe('toSimplified', () => {
  it('turns a Traditional header and its values into Simplified', () => {
    expect(toSimplified('序號 類別 指標名稱 單位 屬性 約束性 預期性 萬戶 個工作日')).toBe(
      '序号 类别 指标名称 单位 属性 约束性 预期性 万户 个工作日',
    );
    expect(toSimplified('製造業產品質量合格率')).toBe('制造业产品质量合格率');
  });

  it('leaves Simplified text as it is: the whole Huzhou plan comes back unchanged', () => {
    const text = seedDocText(SEED_DOCS.huzhouPlan);
    expect(toSimplified(text)).toBe(text);
  });

  it('returns empty text as empty', () => {
    expect(toSimplified('')).toBe('');
  });
});
