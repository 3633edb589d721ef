import { describe, expect, it } from 'vitest';
import { tellTableFormat } from '../../../shared/import/table-format.ts';
import { PROVINCIAL, rowsOf } from './plan-fixtures.ts';

describe('tellTableFormat', () => {
  it('reads contract headers as contract rows', () => {
    expect(
      tellTableFormat(
        rowsOf(
          '编号 ID | 指标名称 Indicator | 基期年份 | 基期值 | 目标年份 | 目标值\n1 | x | 2020 | 1 | 2025 | 2',
        ),
      ),
    ).toEqual({ format: 'contract', table: 'Indicators' });
    expect(tellTableFormat(rowsOf('id | period | value\n1 | 2022 | 5'))).toEqual({
      format: 'contract',
      table: 'Actuals',
    });
  });

  it('reads a published table with a title as a plan table', () => {
    expect(tellTableFormat(rowsOf(PROVINCIAL))).toEqual({ format: 'plan' });
  });

  it('reads contract-looking headers with year columns the contract has no place for as a plan table', () => {
    expect(
      tellTableFormat(
        rowsOf('编号 | 指标名称 | 单位 | 2020年 | 2025年 | 属性\n1 | x | 家 | 1 | 2 | 约束性'),
      ),
    ).toEqual({ format: 'plan' });
  });

  it('reads nothing as a plan table (whose importer then says what is missing)', () => {
    expect(tellTableFormat([])).toEqual({ format: 'plan' });
  });
});
