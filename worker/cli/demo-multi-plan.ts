import { mkdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { t } from '../../shared/i18n/messages.ts';
import { DEMO_AS_OF } from '../../seeds/huzhou-demo-expectations.ts';
import { districtTemplate } from '../../seeds/huzhou-district-plans.ts';
import { huzhouTemplate } from '../../seeds/huzhou-template.ts';
import type { WorkbookTemplate } from '../../shared/contract/template.ts';
import { OutboxChannel } from '../channels/outbox/outbox-channel.ts';
import { runCheck } from '../pipeline/run-check.ts';
import { initWorkbook } from '../workbook/init-workbook.ts';
import { say, type Output } from './output.ts';

/** The folder of the multi-plan run inside the demo's output folder. */
export const MULTI_PLAN_DIR = 'multi-plan';

/** A city plan and two district plans, each its own workbook, listing the same people. */
const DEMO_PLANS: readonly { file: string; template: () => WorkbookTemplate }[] = [
  { file: 'huzhou.xlsx', template: huzhouTemplate },
  { file: 'wuxing.xlsx', template: () => districtTemplate('吴兴区') },
  { file: 'anji.xlsx', template: () => districtTemplate('安吉县') },
];

/**
 * The demo's second part: the city plan and two district plans checked in one run, so the
 * outbox shows what a bureau's leaders get — one digest per person naming every plan —
 * and the command that runs the same again. True when every workbook was checked.
 */
export async function runMultiPlanDemo(o: Output, demoDir: string): Promise<boolean> {
  const dir = join(demoDir, MULTI_PLAN_DIR);
  const outbox = join(dir, 'outbox');
  await rm(outbox, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const plan of DEMO_PLANS) {
    const path = join(dir, plan.file);
    await initWorkbook(path, plan.template());
    paths.push(path);
  }
  const report = await runCheck(paths, {
    asOf: DEMO_AS_OF,
    channel: new OutboxChannel({ dir: outbox }),
  });
  say(
    o,
    t('demo.multi_plan', { plans: paths.length, dir, digests: report.digests.deliveries.length }),
  );
  for (const d of report.digests.deliveries) o.out(`  ${d.to}: ${d.subject}`);
  // The command as typed from the folder the demo was started in; odd paths quoted for the shell.
  const shown = (p: string): string => {
    const path = relative(process.cwd(), p) || '.';
    return /^[\w./-]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
  };
  const command = [
    'npx kpi-sentinel check',
    ...paths.map(shown),
    `--as-of ${DEMO_AS_OF}`,
    `--outbox ${shown(outbox)}`,
  ].join(' ');
  say(o, t('demo.multi_plan_command', { command }));
  return report.checks.every((c) => c.ok) && report.digests.deliveries.every((d) => d.result.ok);
}
