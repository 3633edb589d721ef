/**
 * One benchmark case: the stages of a check — read, validate, evaluate + transitions,
 * write-back and the whole check — measured on copies of one workbook, next to plain
 * exceljs loading and saving the same file in the same process (and the file as the
 * check wrote it back, which holds the Alerts and Status rows too).
 */
import { copyFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../shared/check/check-workbook.ts';
import { validateWorkbook } from '../shared/check/validate-workbook.ts';
import { readWorkbookGrids, type ReadWorkbookResult } from '../worker/workbook/read-workbook.ts';
import { writeBack } from '../worker/write-back/write-back.ts';
import { measureStage, type StageRun } from './measure-stage.ts';
import type { RssSampler } from './rss-sampler.ts';

/** The stages measured, in the order they run. */
export const STAGES = [
  'read',
  'validate',
  'check',
  'write',
  'whole',
  'exceljsLoad',
  'exceljsSave',
  'exceljsCheckedLoad',
  'exceljsCheckedSave',
] as const;
export type StageName = (typeof STAGES)[number];

/** A workbook on disk to benchmark. */
export interface BenchInput {
  title: string;
  /** The pristine workbook; stages work on copies, so every run starts from the same file. */
  path: string;
  asOf: string;
  runs: number;
}

/** What one case measured and found. */
export interface CaseResult {
  title: string;
  asOf: string;
  fileBytes: number;
  /** Size of the workbook after a check wrote its Alerts and Status back. */
  checkedFileBytes: number;
  indicators: number;
  actuals: number;
  milestones: number;
  statuses: number;
  alerts: number;
  problems: number;
  stages: Record<StageName, StageRun[]>;
}

/** Reads a workbook that must be readable (the bench only reads files it generated). */
async function readOrThrow(path: string): Promise<Extract<ReadWorkbookResult, { ok: true }>> {
  const read = await readWorkbookGrids(path);
  if (!read.ok)
    throw new Error(
      `bench: cannot read ${path}: ${read.problems.map((p) => p.message.en).join('; ')}`,
    );
  return read;
}

/** The whole check as the worker runs it: read → validate → evaluate + transitions → write back. */
async function wholeCheck(path: string, asOf: string): Promise<void> {
  const read = await readOrThrow(path);
  const { model } = validateWorkbook(read.workbook, read.grids);
  const outcome = checkWorkbook(model, asOf);
  await writeBack(path, {
    alerts: outcome.alerts,
    statuses: outcome.evaluation.statuses,
    checkedAt: asOf,
  });
}

type Counts = Omit<CaseResult, 'title' | 'asOf' | 'fileBytes' | 'stages'>;

/**
 * Read, validate, check and write back one after the other, each result feeding the next;
 * the written-back workbook is left at `work`.
 */
async function stageByStage(
  input: BenchInput,
  work: string,
  meter: RssSampler,
): Promise<{ runs: Record<'read' | 'validate' | 'check' | 'write', StageRun>; counts: Counts }> {
  await copyFile(input.path, work);
  const read = await measureStage(meter, () => readOrThrow(work));
  const validated = await measureStage(meter, () =>
    validateWorkbook(read.value.workbook, read.value.grids),
  );
  const { model, problems } = validated.value;
  const checked = await measureStage(meter, () => checkWorkbook(model, input.asOf));
  const { alerts, evaluation } = checked.value;
  const written = await measureStage(meter, () =>
    writeBack(work, { alerts, statuses: evaluation.statuses, checkedAt: input.asOf }),
  );
  return {
    runs: { read: read.run, validate: validated.run, check: checked.run, write: written.run },
    counts: {
      indicators: model.indicators.length,
      actuals: model.actuals.length,
      milestones: model.milestones.length,
      statuses: evaluation.statuses.length,
      alerts: alerts.length,
      problems: read.value.problems.length + problems.length,
      checkedFileBytes: (await stat(work)).size,
    },
  };
}

/** Plain exceljs loading the workbook and saving it under another name. */
async function exceljsLoadSave(
  path: string,
  saved: string,
  meter: RssSampler,
): Promise<{ load: StageRun; save: StageRun }> {
  const workbook = new ExcelJS.Workbook();
  const load = await measureStage(meter, () => workbook.xlsx.readFile(path));
  const save = await measureStage(meter, () => workbook.xlsx.writeFile(saved));
  return { load: load.run, save: save.run };
}

/** Runs every stage `input.runs` times; `scratch` is a folder for the working copies. */
export async function benchCase(
  input: BenchInput,
  scratch: string,
  meter: RssSampler,
): Promise<CaseResult> {
  const work = join(scratch, 'work.xlsx');
  const checkedCopy = join(scratch, 'checked.xlsx');
  const saved = join(scratch, 'exceljs-saved.xlsx');
  const stages: Record<StageName, StageRun[]> = {
    read: [],
    validate: [],
    check: [],
    write: [],
    whole: [],
    exceljsLoad: [],
    exceljsSave: [],
    exceljsCheckedLoad: [],
    exceljsCheckedSave: [],
  };
  let counts: Counts | null = null;
  for (let i = 0; i < input.runs; i++) {
    const staged = await stageByStage(input, work, meter);
    stages.read.push(staged.runs.read);
    stages.validate.push(staged.runs.validate);
    stages.check.push(staged.runs.check);
    stages.write.push(staged.runs.write);
    counts = staged.counts;
    await copyFile(work, checkedCopy);

    // The whole check in one go, from a fresh copy; the staged run's data is out of scope by now.
    await copyFile(input.path, work);
    stages.whole.push((await measureStage(meter, () => wholeCheck(work, input.asOf))).run);

    const baseline = await exceljsLoadSave(input.path, saved, meter);
    stages.exceljsLoad.push(baseline.load);
    stages.exceljsSave.push(baseline.save);

    // Second baseline: exceljs on the workbook as written back, which is what write-back saves.
    const checked = await exceljsLoadSave(checkedCopy, saved, meter);
    stages.exceljsCheckedLoad.push(checked.load);
    stages.exceljsCheckedSave.push(checked.save);
  }
  await rm(checkedCopy, { force: true });
  await rm(work, { force: true });
  await rm(saved, { force: true });
  if (counts === null) throw new RangeError('bench: a case needs at least one run');
  return {
    title: input.title,
    asOf: input.asOf,
    fileBytes: (await stat(input.path)).size,
    stages,
    ...counts,
  };
}
