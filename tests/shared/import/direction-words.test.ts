import { describe, expect, it } from 'vitest';
import { directionFromWording } from '../../../shared/import/direction-words.ts';

describe('directionFromWording', () => {
  it.each([
    ['万台特种设备事故率', 'lower'],
    ['亿元GDP生产安全事故死亡率', 'lower'],
    ['较大以上特种设备事故起数', 'lower'],
    ['企业开办时间', 'lower'],
    ['食品安全事件发生率', 'lower'],
    ['食品评价性抽检合格率', 'higher'],
    ['乡镇(街道)食安办星级管理覆盖率', 'higher'],
    ['公众食品安全满意度', 'higher'],
    ['每万人高价值发明专利拥有量', 'higher'],
    ['12315投诉举报按时办结率', 'higher'],
  ])('reads %s as %s', (name, direction) => {
    expect(directionFromWording(name)).toMatchObject({ kind: 'direction', direction });
  });

  it('lets the head noun decide: 事故调查结案率 is a 结案率', () => {
    expect(directionFromWording('特种设备事故调查结案率')).toMatchObject({
      kind: 'direction',
      direction: 'higher',
      word: '结案率',
    });
  });

  it.each([
    ['食品安全监督抽检不合格率', '不合格率'],
    ['药品安全抽检问题发现率', '问题发现率'],
    ['农药残留检出率', '检出率'],
    ['投诉未办结率', '未办结率'],
  ])('calls %s ambiguous instead of guessing', (name, word) => {
    expect(directionFromWording(name)).toEqual({ kind: 'ambiguous', word });
  });

  it('says nothing where no word is safe', () => {
    expect(directionFromWording('知识产权质押额')).toBeNull();
    expect(directionFromWording('品字标企业')).toBeNull();
  });
});
