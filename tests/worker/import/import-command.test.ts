import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../worker/cli/main.ts';
import { captureOutput } from '../../support/capture-output.ts';
import { runBin } from '../../support/run-bin.ts';
import { tempDir } from '../../support/temp-dir.ts';
import { seedDocPath } from '../../support/seed-documents.ts';
import { SEED_DOCS } from '../../../seeds/source.ts';
import { workbookMaker } from '../../support/fresh-workbooks.ts';

const dir = tempDir('import-command');
const HUZHOU_TEXT = seedDocPath(SEED_DOCS.huzhouPlan);

const workbook = workbookMaker(dir);

const AMBIGUOUS =
  '序号,指标名称,单位,2020年,2025年,属性\n1,食品安全监督抽检不合格率,%,2.1,2.5,预期性\n2,专利授权量,件,5000,6000△,预期性\n';

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('kpi-sentinel import of a published plan table', () => {
  it('prints every row as understood, the marks, the questions and how to answer them', async () => {
    const o = captureOutput();
    const code = await main(['import', file('a.csv', AMBIGUOUS), '--into', await workbook()], o);
    expect(code).toBe(0);
    const text = o.text();
    expect(text).toContain('按已发布的规划指标表读取');
    expect(text).toContain('2 个指标，2 个待确认问题');
    expect(text).toContain(
      'ZB01  #2  — | 食品安全监督抽检不合格率 | % | 2.1 → 2.5 | 预期性 | level | 待确认 to confirm',
    );
    expect(text).toContain('--answer "1.direction=higher|lower|band"');
    expect(text).toContain('--answer "△=cumulative|binding|expected|note"');
    expect(text).toContain('已写入 2 行');
  });

  it('prints { indicators, questions } with --json and writes nothing with --dry-run', async () => {
    const into = await workbook();
    const before = readFileSync(into);
    const o = captureOutput();
    const code = await main(
      ['import', file('b.csv', AMBIGUOUS), '--into', into, '--json', '--dry-run'],
      o,
    );
    expect(code).toBe(0);
    const json = JSON.parse(o.lines.join('\n')) as {
      indicators: Record<string, unknown>[];
      questions: { row: number; column: string; text: string; message: string }[];
      dryRun: boolean;
    };
    expect(json.dryRun).toBe(true);
    expect(json.indicators.map((r) => [r.id, r.name, r.baseline, r.target])).toEqual([
      ['ZB01', '食品安全监督抽检不合格率', 2.1, 2.5],
      ['ZB02', '专利授权量', 5000, 6000],
    ]);
    expect(json.questions.map((q) => [q.row, q.column, q.text])).toEqual([
      [3, 'marker', '△'],
      [2, 'direction', '食品安全监督抽检不合格率'],
    ]);
    expect(json.questions[0]?.message).toMatch(/^.+ \/ .+$/);
    expect(readFileSync(into).equals(before)).toBe(true);
  });

  it('takes --answer for a row (by 序号, or by file row as row2.) and for a mark', async () => {
    const o = captureOutput();
    const args = [
      'import',
      file('c.csv', AMBIGUOUS),
      '--into',
      await workbook(),
      '--json',
      '--answer',
      '1.direction=lower',
      '--answer',
      '△=cumulative',
    ];
    expect(await main(args, o)).toBe(0);
    const json = JSON.parse(o.lines.join('\n')) as {
      indicators: Record<string, unknown>[];
      questions: unknown[];
      added: number;
    };
    expect(json.questions).toEqual([]);
    expect(json.added).toBe(2);
    expect(json.indicators.map((r) => [r.direction, r.aggregation])).toEqual([
      ['lower', 'level'],
      ['higher', 'cumulative'],
    ]);
    const byRow = captureOutput();
    const into = await workbook();
    const rowArgs = args.map((a, i) =>
      a === '1.direction=lower' ? 'row2.direction=lower' : i === 3 ? into : a,
    );
    expect(await main(rowArgs, byRow)).toBe(0);
    const again = JSON.parse(byRow.lines.join('\n')) as { indicators: Record<string, unknown>[] };
    expect(again.indicators.map((r) => r.direction)).toEqual(['lower', 'higher']);
  });

  it('ends with exit code 2 for an answer it cannot read or one that matches no row, writing nothing', async () => {
    const into = await workbook();
    const before = readFileSync(into);
    const bad = captureOutput();
    expect(
      await main(
        ['import', file('d.csv', AMBIGUOUS), '--into', into, '--answer', '2.direction'],
        bad,
      ),
    ).toBe(2);
    expect(bad.errors.join('\n')).toContain('17.direction=lower');
    const unmatched = captureOutput();
    expect(
      await main(
        ['import', file('e.csv', AMBIGUOUS), '--into', into, '--answer', '40.direction=lower'],
        unmatched,
      ),
    ).toBe(2);
    expect(unmatched.text()).toContain('40.direction=lower');
    expect(readFileSync(into).equals(before)).toBe(true);
  });

  it('ends with exit code 1 when nothing could go in, naming the reason', async () => {
    const into = await workbook();
    const source = file('f.csv', '序号,指标名称,2020年,2025年,属性\n1,品字标企业,100,200,约束性\n');
    expect(await main(['import', source, '--into', into], captureOutput())).toBe(0);
    const o = captureOutput();
    expect(await main(['import', source, '--into', into], o)).toBe(1);
    expect(o.text()).toContain('--id-prefix');
  });

  it('imports the Huzhou document text through the real executable', async () => {
    const into = await workbook();
    const source = join(dir, 'huzhou.txt');
    copyFileSync(HUZHOU_TEXT, source);
    const r = runBin(['import', source, '--into', into, '--id-prefix', 'HZ', '--json'], dir);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      added: number;
      questions: unknown[];
      notices: { row: number }[];
      indicators: { id: string }[];
    };
    expect(json.added).toBe(23);
    expect(json.questions).toEqual([]);
    expect(json.notices.map((n) => n.row)).toEqual([267, 295]);
    expect(json.indicators.at(-1)?.id).toBe('HZ23');
  });
});
