import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { bilingualLine, t } from '../../shared/i18n/messages.ts';
import { TEMPLATES } from '../../seeds/templates.ts';
import { DEMO_AS_OF } from '../../seeds/huzhou-demo-expectations.ts';
import { OutboxChannel } from '../channels/outbox/outbox-channel.ts';
import { runCheck } from '../pipeline/run-check.ts';
import { initWorkbook } from '../workbook/init-workbook.ts';
import { printCheckSummary } from './check-summary.ts';
import { reportWritten, writeReport } from '../report/report-command.ts';
import { say, type Output } from './output.ts';
import { runMultiPlanDemo } from './demo-multi-plan.ts';

const DEMO_TEMPLATE = 'huzhou-14th-fyp';

/**
 * `npm run demo`: the main job on the embedded default, no Redis and no SMTP. Builds the
 * Huzhou plan workbook (illustrative 2021–2024 actuals), checks it as of a fixed date so
 * the result is the same on every machine, leaves the digest in an outbox folder and the
 * mid-term evaluation table beside the workbook; then the city and two district plans in
 * one run (demo-multi-plan.ts), one digest per person.
 */
export async function runDemo(o: Output, outDir: string): Promise<number> {
  const dir = resolve(outDir);
  const workbook = join(dir, `${DEMO_TEMPLATE}.xlsx`);
  const outbox = join(dir, 'outbox');
  await rm(outbox, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await initWorkbook(workbook, TEMPLATES[DEMO_TEMPLATE]());
  say(o, t('demo.workbook', { path: workbook, asOf: DEMO_AS_OF }));

  const report = await runCheck([workbook], {
    asOf: DEMO_AS_OF,
    channel: new OutboxChannel({ dir: outbox }),
  });
  printCheckSummary(o, report.checks, report.digests);
  const evaluation = await writeReport(workbook, {
    asOf: DEMO_AS_OF,
    kind: 'midterm',
    format: 'docx',
    out: join(dir, `huzhou-evaluation-${DEMO_AS_OF}.docx`),
  });
  if (evaluation.ok) o.out(reportWritten(evaluation));
  else for (const m of evaluation.messages) o.err(m);
  say(o, t('demo.next', { path: workbook, outbox }));
  const multiPlan = await runMultiPlanDemo(o, dir);
  const failed = report.checks.some((c) => !c.ok) || !evaluation.ok || !multiPlan;
  if (failed) o.err(bilingualLine(t('cli.unknown_failure')));
  return failed ? 1 : 0;
}
