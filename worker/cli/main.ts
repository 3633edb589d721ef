import { Command, CommanderError, Option } from 'commander';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { bilingualLine, t } from '../../shared/i18n/messages.ts';
import { isIsoDate } from '../../shared/parse/period.ts';
import type { TemplateName } from '../../seeds/templates.ts';
import { processOutput, say, type Output } from './output.ts';
import { UsageError } from './usage-error.ts';
import { DEFAULT_CHECK_CONCURRENCY } from '../pipeline/check-concurrency.ts';

// Each command imports what it runs when it runs (exceljs, the digest's canvas, nodemailer,
// BullMQ, fastify …), so `--help` loads little more than commander and `check` never loads
// the queue or HTTP modules. tests/worker/cli/lazy-commands.test.ts holds that.

/** Repeatable options (`--answer a --answer b`) collect into a list. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Exit codes of docs/architecture.md §8. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const DEFAULT_OUTBOX = 'outbox';

function templateName(value: string, templates: Record<TemplateName, unknown>): TemplateName {
  if (value in templates) return value as TemplateName;
  throw new UsageError(
    bilingualLine(t('cli.unknown_template', { value, choices: Object.keys(templates).join(', ') })),
  );
}

function asOfDate(value: string): string {
  if (!isIsoDate(value)) throw new UsageError(bilingualLine(t('cli.bad_as_of', { value })));
  return value;
}

/** Workbooks checked at a time: a small pool, so a thousand workbooks never sit in memory at once. */
function concurrency(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 32)
    throw new UsageError(bilingualLine(t('cli.bad_concurrency', { value })));
  return n;
}

function program(o: Output, setExit: (code: number) => void): Command {
  const cli = new Command('kpi-sentinel')
    .description(
      '五年规划指标监测：检查目标与底线，预警写回工作簿，向领导发送摘要 / Five-year-plan KPI monitoring',
    )
    .exitOverride()
    .configureOutput({ writeOut: (s) => o.out(s.trimEnd()), writeErr: (s) => o.err(s.trimEnd()) })
    .option(
      '--config <file>',
      'kpi-sentinel.config.json or .yaml (docs/architecture.md §9); ' +
        'REDIS_URL, SMTP_URL, MAIL_FROM override it',
    );
  const configFile = (): string | undefined => cli.opts<{ config?: string }>().config;

  cli
    .command('init')
    .description('新建规划工作簿 / create a plan workbook with every contract table')
    .argument('<out>', '.xlsx to create')
    .addOption(new Option('--template <name>', 'blank | huzhou-14th-fyp').default('blank'))
    .option('--force', 'overwrite an existing file', false)
    .action(async (out: string, opts: { template: string; force: boolean }) => {
      const { TEMPLATES } = await import('../../seeds/templates.ts');
      const name = templateName(opts.template, TEMPLATES);
      if (existsSync(out) && !opts.force)
        throw new UsageError(bilingualLine(t('cli.exists', { path: out })));
      await mkdir(dirname(out), { recursive: true });
      const { initWorkbook } = await import('../workbook/init-workbook.ts');
      await initWorkbook(out, TEMPLATES[name]());
      say(o, t('cli.created', { path: out, template: name }));
    });

  cli
    .command('import')
    .description(
      '导入指标、分解目标或实绩行，或已发布的规划指标表 / import contract rows, or a published plan table into Indicators',
    )
    .argument(
      '<file>',
      '.csv, .xlsx or .txt: contract rows, a published plan table, or a document text holding one',
    )
    .requiredOption('--into <workbook>', 'the plan workbook to add the rows to')
    .option('--json', 'print the report as JSON', false)
    .option('--dry-run', 'read and report only: write nothing', false)
    .option(
      '--answer <answer>',
      'answer a question: 3.direction=lower (序号 3; row17.direction=lower for file row 17) | targetYear=2025 | △=cumulative | progress.period=2023 (repeatable)',
      collect,
      [],
    )
    .option('--id-prefix <prefix>', 'id prefix for plan-table rows (default ZB: ZB01, ZB02 …)')
    .action(
      async (
        file: string,
        opts: { into: string; json: boolean; dryRun: boolean; answer: string[]; idPrefix?: string },
      ) => {
        const { parseAnswers } = await import('../../shared/import/plan-answers.ts');
        const answers = parseAnswers(opts.answer);
        if (!answers.ok) throw new UsageError(bilingualLine(answers.message));
        const [{ importFile }, { importJson, printImport }] = await Promise.all([
          import('../import/import-file.ts'),
          import('./import-summary.ts'),
        ]);
        const report = await importFile(file, opts.into, {
          dryRun: opts.dryRun,
          answers: answers.answers,
          ...(opts.idPrefix === undefined ? {} : { idPrefix: opts.idPrefix }),
        });
        if (opts.json) o.out(JSON.stringify(importJson(report), null, 2));
        else printImport(o, report, file, opts.into);
        if (report.problems.some((p) => p.code === 'import.plan.answer_unmatched'))
          setExit(EXIT.usage);
        // A plan table nothing of which could go in (ids taken, no room) failed like an unreadable
        // file; so did any import that added nothing for an error about the whole file or workbook
        // (row 0: open, read-only, saved meanwhile, not written) or for want of room below the table.
        else if (
          report.table === null ||
          (report.added === 0 &&
            (report.plan !== null ||
              report.problems.some(
                (p) => p.level === 'error' && (p.row === 0 || p.code === 'import.no_room'),
              )))
        )
          setExit(EXIT.failed);
      },
    );

  cli
    .command('check')
    .description(
      '检查工作簿，写回预警与状态，生成摘要 / check workbooks, write Alerts and Status back, produce the digest',
    )
    .argument('<workbooks...>', '.xlsx plan workbooks')
    .option('--as-of <date>', 'YYYY-MM-DD (default: today in the plan time zone)')
    .option('--outbox <dir>', 'folder for digest .eml/.html files', DEFAULT_OUTBOX)
    .option('--json', 'print statuses, alerts and errors as JSON', false)
    .option('--dry-run', 'evaluate only: write nothing, send nothing', false)
    .option(
      '--concurrency <n>',
      'workbooks checked at the same time (1-32)',
      String(DEFAULT_CHECK_CONCURRENCY),
    )
    .action(
      async (
        workbooks: string[],
        opts: {
          asOf?: string;
          outbox: string;
          json: boolean;
          dryRun: boolean;
          concurrency: string;
        },
        command: Command,
      ) => {
        const asOf = opts.asOf === undefined ? undefined : asOfDate(opts.asOf);
        // Without --config, exactly as before: the outbox folder. With it, the file's mail settings.
        const outboxGiven = command.getOptionValueSource('outbox') === 'cli';
        const [{ checkDelivery }, { OutboxChannel }, { runCheck }, { boundHeapGrowth }] =
          await Promise.all([
            import('./check-delivery.ts'),
            import('../channels/outbox/outbox-channel.ts'),
            import('../pipeline/run-check.ts'),
            import('./heap-growth.ts'),
          ]);
        boundHeapGrowth();
        const delivery = await checkDelivery(
          configFile(),
          outboxGiven ? opts.outbox : null,
          () => new OutboxChannel({ dir: opts.outbox }),
          opts.outbox,
        );
        const report = await runCheck(workbooks, {
          ...(asOf === undefined ? {} : { asOf }),
          dryRun: opts.dryRun,
          concurrency: concurrency(opts.concurrency),
          channel: delivery.channel,
          digest: delivery.digest,
          ...(delivery.robots ? { robots: delivery.robots } : {}),
          reminderLog: delivery.reminderLog,
        }).finally(() => delivery.close());
        if (opts.json) {
          const { checkJson } = await import('../pipeline/check-json.ts');
          o.out(JSON.stringify(checkJson(report.checks), null, 2));
        } else {
          const { printCheckSummary } = await import('./check-summary.ts');
          printCheckSummary(o, report.checks, report.digests, report.reminders);
          if (opts.dryRun) say(o, t('cli.dry_run'));
        }
        if (report.checks.some((c) => !c.ok)) setExit(EXIT.failed);
      },
    );

  cli
    .command('report')
    .description(
      '生成年度/中期评估“主要指标进展情况”表 / write the evaluation table bureaus submit (.docx or .xlsx)',
    )
    .argument('<workbook>', '.xlsx plan workbook (read only, never written)')
    .option('--as-of <date>', 'YYYY-MM-DD (default: today in the plan time zone)')
    .option('--kind <kind>', 'midterm (中期评估) | annual (年度评估)', 'midterm')
    .option('--format <format>', 'docx | xlsx (default: from --out, else docx)')
    .option('--out <file>', 'file to write (default: <workbook>-evaluation-<as-of>.<format>)')
    .action(
      async (
        workbook: string,
        opts: { asOf?: string; kind: string; format?: string; out?: string },
      ) => {
        const asOf = opts.asOf === undefined ? undefined : asOfDate(opts.asOf);
        const [{ REPORT_KINDS }, { REPORT_FORMATS, reportWritten, writeReport }] =
          await Promise.all([
            import('../../shared/report/evaluation-table.ts'),
            import('../report/report-command.ts'),
          ]);
        const kind = REPORT_KINDS.find((k) => k === opts.kind);
        if (kind === undefined)
          throw new UsageError(bilingualLine(t('report.bad_kind', { value: opts.kind })));
        const wanted =
          opts.format ?? (opts.out?.toLowerCase().endsWith('.xlsx') === true ? 'xlsx' : 'docx');
        const format = REPORT_FORMATS.find((f) => f === wanted);
        if (format === undefined)
          throw new UsageError(bilingualLine(t('report.bad_format', { value: wanted })));
        const result = await writeReport(workbook, {
          kind,
          format,
          ...(asOf === undefined ? {} : { asOf }),
          ...(opts.out === undefined ? {} : { out: opts.out }),
        });
        if (!result.ok) {
          for (const m of result.messages) o.err(m);
          setExit(EXIT.failed);
          return;
        }
        o.out(reportWritten(result));
      },
    );

  cli
    .command('worker')
    .description(
      '队列模式工作进程：定时检查、逐簿检查、发送摘要（需要 Redis）/ queue-mode worker: schedule, checks, digests (needs Redis)',
    )
    .action(async () => {
      const { workerCommand } = await import('./queue-commands.ts');
      await workerCommand(configFile());
    });

  cli
    .command('enqueue')
    .description('立即请求一次检查（队列模式）/ start a run now (queue mode)')
    .option('--as-of <date>', 'YYYY-MM-DD (default: today in each plan time zone)')
    .action(async (opts: { asOf?: string }) => {
      const { enqueueCommand } = await import('./queue-commands.ts');
      const sent = await enqueueCommand(
        o,
        configFile(),
        opts.asOf === undefined ? undefined : asOfDate(opts.asOf),
      );
      if (!sent) setExit(EXIT.failed);
    });

  cli
    .command('watch')
    .description(
      '本进程按计划定时检查（无需 Redis）/ the schedule in this process (embedded mode, no Redis)',
    )
    .action(async () => {
      const [{ watchCommand }, { boundHeapGrowth }] = await Promise.all([
        import('./queue-commands.ts'),
        import('./heap-growth.ts'),
      ]);
      boundHeapGrowth();
      await watchCommand(configFile());
    });

  cli
    .command('manifest')
    .description(
      '生成指向某地址的加载项清单（自行托管任务窗格时用）/ write the add-in manifest for a task pane hosted at a URL',
    )
    .requiredOption('--url <url>', 'https://host/ — the pane is expected at <url>/addin/')
    .option('--out <file>', 'write the manifest here (default: print it)')
    .option('--id <guid>', 'add-in id (default: derived from the URL, stable per installation)')
    .action(async (opts: { url: string; out?: string; id?: string }) => {
      const { manifestCommand, manifestUrl } = await import('./manifest-command.ts');
      const url = manifestUrl(opts.url);
      if (!url.ok) throw new UsageError(url.message);
      await manifestCommand(o, { url: url.url, out: opts.out, id: opts.id });
    });

  cli
    .command('demo')
    .description('用湖州“十四五”模板演示完整检查 / build the Huzhou demo workbook and check it')
    .option('--out <dir>', 'output folder', 'demo-output')
    .action(async (opts: { out: string }) => {
      const { runDemo } = await import('./demo-command.ts');
      const code = await runDemo(o, opts.out);
      setExit(code);
    });

  return cli;
}

/**
 * Runs the CLI and returns its exit code: 0 when the command ran (whatever a check found),
 * 1 when a workbook could not be checked at all, 2 for bad usage.
 */
export async function main(argv: string[], o: Output = processOutput): Promise<number> {
  let code: number = EXIT.ok;
  const cli = program(o, (c) => {
    code = Math.max(code, c);
  });
  try {
    await cli.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof UsageError) {
      o.err(err.message);
      return EXIT.usage;
    }
    throw err;
  }
}
