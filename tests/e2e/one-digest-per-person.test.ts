import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AS_OF } from '../../seeds/huzhou-demo-expectations.ts';
import { main } from '../../worker/cli/main.ts';
import { captureOutput } from '../support/capture-output.ts';
import {
  DEPUTY,
  DIRECTOR,
  PLANNING,
  PLANS,
  planPart,
  planTemplate,
  writePlans,
} from '../support/city-and-district-plans.ts';
import { tempDir } from '../support/temp-dir.ts';

const dir = tempDir('one-digest');
const outbox = join(dir, 'outbox');

interface Email {
  to: string;
  subject: string;
  text: string;
  html: string;
}

async function emails(): Promise<Email[]> {
  const files = (await readdir(outbox)).filter((f) => f.endsWith('.eml')).sort();
  return Promise.all(
    files.map(async (f) => {
      const parsed = await PostalMime.parse(await readFile(join(outbox, f)));
      return {
        to: parsed.to?.[0]?.address ?? '',
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        html: parsed.html ?? '',
      };
    }),
  );
}

function emailTo(list: Email[], address: string): Email {
  const found = list.find((e) => e.to.toLowerCase() === address);
  if (!found) throw new Error(`no digest to ${address}`);
  return found;
}

describe('a run over four workbooks listing the same three people', () => {
  let list: Email[] = [];
  beforeAll(async () => {
    const paths = await writePlans(dir);
    const o = captureOutput();
    const code = await main(['check', ...paths, '--as-of', DEMO_AS_OF, '--outbox', outbox], o);
    expect(code, o.text()).toBe(0);
    list = await emails();
  }, 120_000);

  it('writes exactly one digest per address, the one written in two cases included', () => {
    expect(list.map((e) => e.to.toLowerCase()).sort()).toEqual([DEPUTY, DIRECTOR, PLANNING]);
  });

  it('names all four plans by plan name and file name in each digest', () => {
    for (const email of list) {
      for (const plan of PLANS) {
        const [city = ''] = plan.name.split('"');
        expect(email.text).toContain(plan.file);
        expect(email.text).toContain(city);
      }
    }
  });

  it('sums the counts over the plans in the subject and says how many plans', () => {
    const director = emailTo(list, DIRECTOR);
    expect(director.subject).toMatch(/^【指标预警】2025-03-31：4 个规划 红\d+ 黄\d+$/);
    const [, red = '0', yellow = '0'] = /红(\d+) 黄(\d+)/.exec(director.subject) ?? [];
    // Each of the four plans is the same workbook: the sums are four times one plan's.
    expect(Number(red) % 4).toBe(0);
    expect(Number(yellow) % 4).toBe(0);
    expect(Number(red) + Number(yellow)).toBeGreaterThan(0);
    expect(emailTo(list, PLANNING).subject).toMatch(
      /^\[KPI alerts\] 2025-03-31: 4 plans, \d+ critical, \d+ warning$/,
    );
  });

  it('filters each plan by that workbook scope for the person', () => {
    const deputy = emailTo(list, DEPUTY).text;
    const city = planPart(deputy, 'city.xlsx');
    const categories = (part: string): Set<string> =>
      new Set([...part.matchAll(/^【(.+)】$/gm)].map((m) => m[1] ?? ''));
    expect([...categories(city)]).toEqual(['市场安全']);
    expect(categories(planPart(deputy, 'wuxing.xlsx')).size).toBeGreaterThan(1);
  });

  it('shows the chart by plan', () => {
    const director = emailTo(list, DIRECTOR);
    expect(director.text).toContain('各规划指标状态');
    expect(director.html).toContain('data-block="chart"');
  });

  it('writes a Chinese reader no English sentence and an English reader no Chinese UI text', () => {
    const values = new Set<string>();
    const template = planTemplate(0);
    for (const row of [...template.indicators, ...template.actuals])
      for (const key of [
        'name',
        'category',
        'region',
        'unit',
        'owner',
        'target',
        'limit',
        'warning',
      ])
        if (typeof row[key] === 'string' && row[key] !== '') values.add(row[key]);
    for (const plan of PLANS) values.add(plan.name).add(plan.file);
    // Longest first, so a name is removed whole before any part of it.
    const strip = (text: string): string =>
      [...values].sort((a, b) => b.length - a.length).reduce((t, v) => t.split(v).join(' '), text);
    const zh = strip(emailTo(list, DIRECTOR).text);
    expect(zh.match(/[A-Za-z]{3,}(?:\s+[A-Za-z]{2,})+/g) ?? []).toEqual([]);
    const en = strip(emailTo(list, PLANNING).text);
    expect(en.match(/[\u4e00-\u9fff]+/g) ?? []).toEqual([]);
  });
});
