import { describe, expect, it } from 'vitest';
import { isUnitText, splitNameUnit, tableUnit } from '../../../shared/import/name-unit.ts';

describe('splitNameUnit', () => {
  it.each([
    ['在册市场主体总量(万户)', '在册市场主体总量', '万户'],
    ['在册市场主体总量（万户）', '在册市场主体总量', '万户'],
    ['食品评价性抽检合格率（％）', '食品评价性抽检合格率', '%'],
    ['食品安全抽检监测数(批次/千人)', '食品安全抽检监测数', '批次/千人'],
    ['知识产权质押额【亿元】', '知识产权质押额', '亿元'],
    ['万台特种设备事故率（次/万台）', '万台特种设备事故率', '次/万台'],
    ['企业开办时间（个工作日）', '企业开办时间', '个工作日'],
    ['地区差异（个百分点）', '地区差异', '个百分点'],
  ])('splits %s into name and unit', (cell, name, unit) => {
    expect(splitNameUnit(cell)).toEqual({ name, unit });
  });

  it('reads the unclosed bracket the Huzhou text prints: 双随机监管事项占比(%', () => {
    expect(splitNameUnit('双随机监管事项占比(%')).toEqual({
      name: '双随机监管事项占比',
      unit: '%',
    });
    expect(splitNameUnit('乡镇(街道)食安办星级管理覆盖率(%')).toEqual({
      name: '乡镇(街道)食安办星级管理覆盖率',
      unit: '%',
    });
  });

  it('keeps a bracket that belongs to the name and splits the unit after it', () => {
    expect(splitNameUnit('中国质量奖(含提名奖)(个)')).toEqual({
      name: '中国质量奖(含提名奖)',
      unit: '个',
    });
    expect(splitNameUnit('中国质量奖（含提名奖）')).toEqual({
      name: '中国质量奖（含提名奖）',
      unit: '',
    });
    expect(splitNameUnit('新增主持(参与)省部级以上科研项目数(个)')).toEqual({
      name: '新增主持(参与)省部级以上科研项目数',
      unit: '个',
    });
  });

  it('returns a name without brackets whole', () => {
    expect(splitNameUnit('  品字标企业 ')).toEqual({ name: '品字标企业', unit: '' });
  });
});

describe('isUnitText and tableUnit', () => {
  it('knows units with scale words and per-denominators, and rejects words that are not units', () => {
    expect(
      ['%', '‰', '万户', '亿元', '件/万人', '人/亿元', '家', '分', '个工作日', '单位：项'].every(
        isUnitText,
      ),
    ).toBe(true);
    expect(['含提名奖', '街道', '参与', '2025年', ''].some(isUnitText)).toBe(false);
  });

  it('reads a unit stated above a table', () => {
    expect(tableUnit('（单位：%）')).toBe('%');
    expect(tableUnit('单位：万户')).toBe('万户');
    expect(tableUnit('表1 主要指标')).toBe('');
  });
});
