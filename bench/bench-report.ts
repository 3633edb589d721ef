/**
 * The bench's printed report: a machine line, one markdown table per case and a summary
 * of the ratios against plain exceljs, ready to paste into a note or an issue.
 */
import type { CaseResult, StageName } from './bench-case.ts';
import type { StageRun } from './measure-stage.ts';
import { sequence, summarise, type StageSummary } from './stage-stats.ts';

/** What the machine line says besides what the process can tell itself. */
export interface MachineInfo {
  exceljsVersion: string;
  gcExposed: boolean;
  scale: number;
  samplerMs: number;
  perStagePeak: boolean;
}

const MB = 1024 * 1024;

export function mb(bytes: number): string {
  return (bytes / MB).toFixed(1);
}

/** A file size: KB below 1 MB, else MB. */
export function size(bytes: number): string {
  return bytes < MB ? `${Math.round(bytes / 1024)} KB` : `${mb(bytes)} MB`;
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1);
}

export function count(n: number): string {
  return n.toLocaleString('en-US');
}

function ratio(a: number, b: number): string {
  return b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : '—';
}

/** A markdown table; columns after the first are right-aligned (they hold figures). */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, i) => (i === 0 ? '---' : '--:'));
  return [line(header), line(rule), ...rows.map(line)].join('\n');
}

/** One line naming the machine and the bench settings. */
export function machineLine(
  os: { platform: string; arch: string; cpus: readonly { model: string }[]; totalmem: number },
  info: MachineInfo,
): string {
  const model = os.cpus[0]?.model.trim() ?? 'unknown CPU';
  return [
    `node ${process.version}`,
    `${os.platform} ${os.arch}`,
    `${os.cpus.length} × ${model}`,
    `${(os.totalmem / 1024 ** 3).toFixed(1)} GiB RAM`,
    `exceljs ${info.exceljsVersion}`,
    `--expose-gc ${info.gcExposed ? 'on (GC before every stage)' : 'off'}`,
    `BENCH_SCALE=${info.scale}`,
    `RSS sampled every ${info.samplerMs} ms`,
    `maxRSS ${info.perStagePeak ? 'reset per stage (Linux clear_refs)' : 'is the process peak so far'}`,
  ].join(' · ');
}

type RowName = StageName | 'exceljs' | 'exceljsChecked';

const STAGE_LABELS: readonly [RowName, string][] = [
  ['read', 'read (readWorkbookGrids)'],
  ['validate', 'validate (validateWorkbook)'],
  ['check', 'evaluate + transitions (checkWorkbook)'],
  ['write', 'write-back (writeBack)'],
  ['whole', '**whole check** (read → write-back)'],
  ['exceljsLoad', 'exceljs xlsx.readFile'],
  ['exceljsSave', 'exceljs xlsx.writeFile'],
  ['exceljs', '**exceljs readFile + writeFile**'],
  ['exceljsChecked', 'exceljs readFile + writeFile of the written-back file'],
];

function stageRuns(result: CaseResult, name: RowName): StageRun[] {
  if (name === 'exceljs') return sequence(result.stages.exceljsLoad, result.stages.exceljsSave);
  if (name === 'exceljsChecked')
    return sequence(result.stages.exceljsCheckedLoad, result.stages.exceljsCheckedSave);
  return result.stages[name];
}

function stageRow(label: string, s: StageSummary): string[] {
  return [label, ms(s.medianMs), ms(s.minMs), mb(s.sampledPeak), mb(s.peakGrowth), mb(s.maxRss)];
}

/** The ratios the lead quotes: our write-back and whole check against exceljs load + save (medians). */
export function ratios(result: CaseResult): {
  writeBack: string;
  whole: string;
  writeBackToChecked: string;
} {
  const exceljs = summarise(stageRuns(result, 'exceljs')).medianMs;
  const write = summarise(result.stages.write).medianMs;
  return {
    writeBack: ratio(write, exceljs),
    whole: ratio(summarise(result.stages.whole).medianMs, exceljs),
    writeBackToChecked: ratio(write, summarise(stageRuns(result, 'exceljsChecked')).medianMs),
  };
}

/** One case: what was checked, then the stage table and the ratios. */
export function caseReport(result: CaseResult, prepared: string): string {
  const runs = result.stages.read.length;
  const facts = [
    `file ${size(result.fileBytes)} (${size(result.checkedFileBytes)} after write-back)`,
    `Indicators ${count(result.indicators)}`,
    `Actuals ${count(result.actuals)}`,
    `Milestones ${count(result.milestones)}`,
    `statuses ${count(result.statuses)}`,
    `alerts ${count(result.alerts)}`,
    `problems ${count(result.problems)}`,
    `as of ${result.asOf}`,
    `${runs} run${runs === 1 ? '' : 's'}`,
  ].join(' · ');
  const rows = STAGE_LABELS.map(([name, label]) =>
    stageRow(label, summarise(stageRuns(result, name))),
  );
  const r = ratios(result);
  return [
    `### ${result.title}`,
    '',
    facts,
    prepared,
    '',
    markdownTable(
      ['stage', 'median ms', 'min ms', 'peak RSS MB (sampled)', 'RSS growth MB', 'maxRSS MB'],
      rows,
    ),
    '',
    `Ratios (medians): write-back ÷ exceljs load+save = **${r.writeBack}** · whole check ÷ exceljs load+save = **${r.whole}** · write-back ÷ exceljs load+save of the written-back file = ${r.writeBackToChecked}`,
  ].join('\n');
}

/** What the columns mean, printed under the tables. */
export function legend(perStagePeak: boolean): string {
  const maxRss = perStagePeak
    ? 'maxRSS: process.resourceUsage().maxRSS after the stage, reset before it: the kernel high-water mark of that stage (exact, synchronous stages included).'
    : 'maxRSS: process.resourceUsage().maxRSS after the stage: the process high-water mark so far (it could not be reset per stage here).';
  return [
    '- median/min: wall time over the runs.',
    '- peak RSS (sampled): highest process.memoryUsage().rss seen by a timer during the stage; synchronous stages (validate, evaluate) are seen only at their start and end.',
    '- RSS growth: that peak minus the RSS when the stage began.',
    `- ${maxRss}`,
    '- whole check = read + validate + evaluate + write-back; it opens the file twice (read, then write-back), exceljs alone once.',
    '- the written-back file also holds the Alerts and Status rows, so saving it costs more than saving the file as generated.',
  ].join('\n');
}
