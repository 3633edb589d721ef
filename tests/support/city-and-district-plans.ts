import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { TemplateRow, WorkbookTemplate } from '../../shared/contract/template.ts';
import { TEMPLATES } from '../../seeds/templates.ts';
import { initWorkbook } from '../../worker/workbook/init-workbook.ts';

/**
 * A city plan and three district plans, each its own workbook (the Huzhou demo plan under
 * four names), listing the same three people: the run of issue 12's one-digest-per-person
 * tests, in embedded and in queue mode.
 */
export const PLANS = [
  { file: 'city.xlsx', name: '湖州市市场监管"十四五"规划' },
  { file: 'wuxing.xlsx', name: '吴兴区市场监管"十四五"规划' },
  { file: 'nanxun.xlsx', name: '南浔区市场监管"十四五"规划' },
  // Two plans may share a name: the file name tells them apart.
  { file: 'nanxun-copy.xlsx', name: '南浔区市场监管"十四五"规划' },
];

export const DIRECTOR = 'director@example.gov.cn';
export const DEPUTY = 'deputy@example.gov.cn';
export const PLANNING = 'planning@example.gov.cn';
/** The three people, in the order a run writes to them (the city plan's Recipients order). */
export const PEOPLE = [DIRECTOR, DEPUTY, PLANNING];

function recipients(plan: number): TemplateRow[] {
  return [
    {
      name: '局长',
      // The same person written in another case (and with spaces) in one workbook.
      email: plan === 1 ? '  Director@Example.GOV.cn ' : DIRECTOR,
      scope: null,
      minSeverity: 'warning',
      language: 'zh-CN',
    },
    {
      name: '分管副局长',
      email: DEPUTY,
      // Market safety only in the city plan, everything in the district plans.
      scope: plan === 0 ? '类别:市场安全' : null,
      minSeverity: 'info',
      language: 'zh-CN',
    },
    { name: 'Planning office', email: PLANNING, scope: null, minSeverity: 'info', language: 'en' },
  ];
}

/** The template of plan `plan` (an index into PLANS). */
export function planTemplate(plan: number): WorkbookTemplate {
  const template = TEMPLATES['huzhou-14th-fyp']();
  const name = PLANS[plan]?.name ?? '';
  return {
    ...template,
    settings: template.settings.map((row) =>
      row.key === 'plan.name' ? { ...row, value: name } : row,
    ),
    recipients: recipients(plan),
  };
}

/** Writes the four workbooks into `dir`; returns their paths in PLANS order. */
export async function writePlans(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const [i, plan] of PLANS.entries()) {
    const path = join(dir, plan.file);
    await initWorkbook(path, planTemplate(i));
    paths.push(path);
  }
  return paths;
}

/** The plain-text part of one plan in a digest: from its heading to the next plan's. */
export function planPart(text: string, file: string): string {
  const parts = text.split('\n########\n');
  const part = parts.find(
    (p) => p.split('\n')[0]?.includes(`（${file}）`) || p.split('\n')[0]?.includes(`(${file})`),
  );
  if (part === undefined) throw new Error(`no part for ${file}`);
  return part;
}
