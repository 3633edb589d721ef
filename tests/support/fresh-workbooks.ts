import { join } from 'node:path';
import type { WorkbookTemplate } from '../../shared/contract/template.ts';
import { initWorkbook } from '../../worker/workbook/init-workbook.ts';

/** An empty plan: Settings with a plan name, nothing else. */
export const EMPTY_PLAN: WorkbookTemplate = {
  name: 't',
  indicators: [],
  milestones: [],
  actuals: [],
  settings: [{ key: 'planName', value: '测试' }],
  recipients: [],
};

/** Makes a new workbook from `template` in `dir` on each call: plan-1.xlsx, plan-2.xlsx … */
export function workbookMaker(
  dir: string,
  template: WorkbookTemplate = EMPTY_PLAN,
): () => Promise<string> {
  let counter = 0;
  return async () => {
    counter += 1;
    const path = join(dir, `plan-${counter}.xlsx`);
    await initWorkbook(path, template);
    return path;
  };
}
