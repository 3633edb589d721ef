/**
 * The task pane's state and actions. Each action reads or writes the open workbook
 * through the gateway (a fixed number of syncs each) and hands the tables to the shared
 * core; the React screens only show `state` and call these methods.
 */
import { newEpisodes } from '../../shared/alerts/episode-history.ts';
import { plannerEntry, type PlannerEntryInput } from '../../shared/alerts/planner-entry.ts';
import { matchHeaders } from '../../shared/contract/header-match.ts';
import { planLayout } from '../../shared/contract/plan-layout.ts';
import { alertRow, statusRow } from '../../shared/contract/result-rows.ts';
import {
  ALERT_PLANNER_KEYS,
  ALERTS,
  INDICATORS,
  TABLES,
  type TableName,
} from '../../shared/contract/tables.ts';
import type { TemplateRow } from '../../shared/contract/template.ts';
import { t, type Bilingual, type MessageKey, type Params } from '../../shared/i18n/messages.ts';
import { uiLanguage, type UiLanguage } from '../../shared/i18n/ui-language.ts';
import type { Problem } from '../../shared/model/problem.ts';
import { buildEvaluationTable } from '../../shared/report/evaluation-table.ts';
import { reportSheet, reportSheetName } from '../../shared/report/report-sheet.ts';
import { TEMPLATES, type TemplateName } from '../../seeds/templates.ts';
import type { CellTarget, ExcelGateway } from '../excel/excel-gateway.ts';
import { debounce } from './debounce.ts';
import { alertEntries } from './alert-entries.ts';
import { liveCheck, type LiveCheck } from './live-check.ts';
import { Store, type KeyValueStore } from './pane-store.ts';
import { previewImport, type ImportPreview, type PlanReader } from './plan-import.ts';
import { problemTarget, problemTargets } from './problem-targets.ts';
import { planSettingsSave, recipientProblems, type EditableSetting } from './settings-edit.ts';
import { requestWorkerRun, workerConfigured, type WorkerConfig } from './worker-run.ts';
import { reasonOf } from '../../shared/i18n/error-reason.ts';

export interface Notice {
  tone: 'success' | 'error' | 'info' | 'warning';
  text: Bilingual;
  /** Problems behind an error, listed under it. */
  problems?: Problem[];
}

export interface PaneState {
  lang: UiLanguage;
  /** The open workbook's name, for messages. */
  workbook: string;
  loading: boolean;
  busy: boolean;
  notice: Notice | null;
  /** Contract tables the workbook lacks; a plan needs Indicators and Actuals. */
  missing: TableName[];
  /** The date the planner chose to check as of; null: today in the plan's time zone. */
  asOf: string | null;
  check: LiveCheck | null;
  /** Problem cells are marked in the sheet (after Validate) and kept in step on every change. */
  marking: boolean;
  importPreview: ImportPreview | null;
  worker: WorkerConfig;
  plannerName: string;
}

/** What the session needs from its surroundings. */
export interface SessionDeps {
  gateway: ExcelGateway;
  workbook: string;
  prefs: KeyValueStore;
  fetch: Parameters<typeof requestWorkerRun>[2];
  now?: () => Date;
  readPlanTable?: PlanReader;
  /** Quiet time before a table change re-runs the live check. */
  debounceMs?: number;
  /** The worker that served this pane (its base URL): "Check now" asks it, and no URL is typed. */
  servedBy?: string | null;
}

const ALL: TableName[] = TABLES.map((s) => s.name);
const WATCHED: TableName[] = [
  'Indicators',
  'Milestones',
  'Actuals',
  'Settings',
  'Recipients',
  'Alerts',
];
const PREFS = {
  url: 'kpi-sentinel.worker.url',
  token: 'kpi-sentinel.worker.token',
  name: 'kpi-sentinel.planner.name',
};

function notice(
  tone: Notice['tone'],
  key: MessageKey,
  params: Params = {},
  problems?: Problem[],
): Notice {
  return { tone, text: t(key, params), ...(problems ? { problems } : {}) };
}

export class PaneSession {
  readonly store: Store<PaneState>;
  private watching = false;
  private readonly refreshSoon: ReturnType<typeof debounce>;

  constructor(private readonly deps: SessionDeps) {
    this.store = new Store<PaneState>({
      lang: uiLanguage(deps.gateway.displayLanguage),
      workbook: deps.workbook,
      loading: true,
      busy: false,
      notice: null,
      missing: [],
      asOf: null,
      check: null,
      marking: false,
      importPreview: null,
      worker: {
        url: deps.servedBy ?? deps.prefs.get(PREFS.url) ?? '',
        token: deps.prefs.get(PREFS.token) ?? '',
      },
      plannerName: deps.prefs.get(PREFS.name) ?? '',
    });
    this.refreshSoon = debounce(() => void this.refresh(), deps.debounceMs ?? 500);
  }

  get state(): PaneState {
    return this.store.state;
  }

  /** The worker that served this pane, if one did. */
  get servedBy(): string | null {
    return this.deps.servedBy ?? null;
  }

  /** True when the workbook has the tables a check needs. */
  get hasPlan(): boolean {
    return !this.state.missing.includes('Indicators') && !this.state.missing.includes('Actuals');
  }

  /** Runs an action with the busy flag set; an unexpected failure becomes an error notice. */
  private async act(action: () => Promise<void>): Promise<void> {
    this.store.update({ busy: true });
    try {
      await action();
    } catch (err) {
      this.store.update({
        notice: notice('error', 'addin.failed', {
          reason: reasonOf(err),
        }),
      });
    } finally {
      this.store.update({ busy: false, loading: false });
    }
  }

  /** Reads the workbook, runs the live check, and re-runs it whenever the plan's tables change. */
  start(): Promise<void> {
    return this.act(() => this.refresh());
  }

  /** Re-reads every contract table and re-evaluates (and re-marks problem cells when marking). */
  async refresh(): Promise<void> {
    const read = await this.deps.gateway.readTables(ALL, this.deps.workbook);
    this.store.update({ missing: read.missing, loading: false });
    if (!this.hasPlan) {
      this.store.update({ check: null });
      return;
    }
    const check = liveCheck(
      this.deps.workbook,
      read.grids,
      this.state.asOf,
      (this.deps.now ?? (() => new Date()))(),
    );
    this.store.update({ check });
    if (this.state.marking) await this.deps.gateway.markCells(problemTargets(check.problems));
    if (!this.watching) {
      this.watching = true;
      await this.deps.gateway.watchTables(WATCHED, () => this.refreshSoon());
    }
  }

  /** Checks as of another date (null: today). */
  setAsOf(asOf: string | null): Promise<void> {
    this.store.update({ asOf });
    return this.act(() => this.refresh());
  }

  dismissNotice(): void {
    this.store.update({ notice: null });
  }

  /** Creates the contract tables from a template; refuses where a plan exists. */
  newPlan(name: TemplateName): Promise<void> {
    return this.act(async () => {
      const created = await this.deps.gateway.createPlan(planLayout(TEMPLATES[name]()));
      if (!created.ok) {
        this.store.update({
          notice: notice('warning', 'addin.plan.exists', { tables: created.existing.join(', ') }),
        });
        return;
      }
      this.store.update({
        notice: notice('success', 'addin.plan.created', { sheets: created.sheets.join('、') }),
      });
      await this.refresh();
    });
  }

  /** Reads the selected cells as a plan table (or contract rows) and shows what would be written. */
  readSelection(answers: readonly string[] = []): Promise<void> {
    return this.act(async () => {
      const selection = await this.deps.gateway.readSelection(this.deps.workbook);
      const preview = previewImport(
        selection,
        answers,
        this.existingIds(),
        this.deps.readPlanTable,
      );
      this.store.update({ importPreview: preview, notice: null });
    });
  }

  /** Applies answers (one per line, as the questions show them) to the table last read. */
  answer(answers: readonly string[]): Promise<void> {
    return this.readSelection(answers);
  }

  clearImport(): void {
    this.store.update({ importPreview: null });
  }

  /**
   * Writes the previewed rows into their table; a plan table's progress figures go into
   * Actuals in the same batch, so the Indicators rows are never written without them.
   */
  writeImport(): Promise<void> {
    return this.act(async () => {
      const preview = this.state.importPreview;
      if (preview === null || preview.kind === 'failed') return;
      const actuals = preview.kind === 'plan' ? preview.plan.actuals : [];
      const written = await this.deps.gateway.appendTables([
        { table: preview.table, rows: preview.rows },
        ...(actuals.length > 0 ? [{ table: 'Actuals' as const, rows: actuals }] : []),
      ]);
      if (!written.ok) {
        this.store.update({
          notice: notice('error', 'addin.table_missing', { table: written.missing }),
        });
        return;
      }
      const [count = 0, progress = 0] = written.rows;
      this.store.update({
        importPreview: null,
        notice:
          actuals.length > 0
            ? notice('success', 'addin.import.written_plan', { count, actuals: progress })
            : notice('success', 'addin.import.written', { count, table: preview.table }),
      });
      await this.refresh();
    });
  }

  /** Validates the grid now and marks every problem cell in the sheet until it is fixed. */
  validate(): Promise<void> {
    this.store.update({ marking: true });
    return this.act(() => this.refresh());
  }

  /** Shows the cell of a problem in Excel. */
  showProblem(problem: Problem): Promise<void> {
    return this.showCell(problemTarget(problem));
  }

  /** Selects a cell in Excel (a problem's, or the indicator of a data-completeness notice). */
  showCell(target: CellTarget | null): Promise<void> {
    if (target === null) return Promise.resolve();
    return this.act(() => this.deps.gateway.selectCell(target));
  }

  /**
   * Acknowledges or silences an indicator × region (an entry of the Alerts screen): the
   * same planner columns go into the row of every open alert of the entry, so all its
   * rules are handled together; rows not in the Alerts table yet are appended. One write
   * for the rows there and one append for new ones, however many rules.
   */
  handleEntry(key: string, input: PlannerEntryInput): Promise<void> {
    return this.act(async () => {
      const check = this.state.check;
      const entry = check ? alertEntries(check).open.find((e) => e.key === key) : undefined;
      if (!check || !entry) return;
      const planned = plannerEntry(input, check.asOf);
      if (!planned.ok) {
        this.store.update({ notice: { tone: 'error', text: planned.message } });
        return;
      }
      const { planner } = planned;
      this.deps.prefs.set(PREFS.name, input.by.trim());
      this.store.update({ plannerName: input.by.trim() });
      const rows = entry.group.alerts.map((alert) => ({
        alert,
        row: alertSheetRow(check, alert.alertId),
      }));
      const inTable = rows.flatMap(({ alert, row }) =>
        row === null
          ? []
          : [{ row, guard: { key: 'alertId', value: alert.alertId }, values: { ...planner } }],
      );
      const added = rows
        .filter((r) => r.row === null)
        .map((r) => alertRow({ ...r.alert, planner }));
      const written =
        inTable.length > 0 ? await this.deps.gateway.writeRowCells('Alerts', inTable) : null;
      // A table changed under the planner gets nothing more: they try again on what is there.
      const refused = written !== null && written.refused.length > 0;
      if (!refused && added.length > 0) await this.deps.gateway.appendRows('Alerts', added);
      const done: MessageKey =
        input.action === 'silence' ? 'addin.alerts.silenced' : 'addin.alerts.acknowledged';
      const { figures } = entry.group;
      this.store.update({
        notice: refused
          ? notice('warning', 'addin.alerts.moved')
          : notice('success', done, { indicator: figures.indicator, region: figures.region }),
      });
      await this.refresh();
    });
  }

  /**
   * "Check now": asks the worker to run when its URL and token are set; otherwise runs the
   * check here and writes Alerts and Status the way the worker does.
   */
  checkNow(): Promise<void> {
    return this.act(async () => {
      const worker = this.state.worker;
      if (workerConfigured(worker)) {
        const run = await requestWorkerRun(worker, this.state.asOf, this.deps.fetch);
        this.store.update({
          notice: run.ok
            ? notice('success', 'addin.run.started', { runId: run.runId })
            : { tone: 'error', text: run.message },
        });
        return;
      }
      await this.refresh();
      const check = this.state.check;
      if (!check) return;
      // As in the worker: tables that could not be read are not checked and nothing is written.
      if (check.model.unread.length > 0) {
        this.store.update({
          notice: notice('error', 'addin.check.not_checked', {}, check.model.unread),
        });
        return;
      }
      // The same placement as the worker's write-back: planner and planner-added columns stay.
      const reopened = newEpisodes(check.outcome.changes);
      const alerts = check.outcome.alerts;
      await this.deps.gateway.replaceRows('Alerts', alerts.map(alertRow), {
        identity: ['alertId'],
        plannerKeys: ALERT_PLANNER_KEYS,
        restart: (i) => reopened.has(alerts[i]?.alertId ?? ''),
      });
      await this.deps.gateway.replaceRows(
        'Status',
        check.outcome.evaluation.statuses.map((s) => statusRow(s, check.asOf)),
        { identity: ['id', 'region'], plannerKeys: [] },
      );
      const firing = check.outcome.alerts.filter((a) => a.state === 'firing').length;
      this.store.update({
        notice: notice('success', 'addin.check.done', {
          asOf: check.asOf,
          statuses: check.outcome.evaluation.statuses.length,
          firing,
        }),
      });
      await this.refresh();
    });
  }

  /**
   * "导出评估表": the evaluation table of the current check (the same core the CLI's report
   * uses) written on a new worksheet `评估表 <date>`.
   */
  exportEvaluation(): Promise<void> {
    return this.act(async () => {
      const check = this.state.check;
      if (!check) return;
      const table = buildEvaluationTable({
        model: check.model,
        evaluation: check.outcome.evaluation,
        kind: 'midterm',
      });
      const sheet = await this.deps.gateway.writeReportSheet(
        reportSheet(table),
        reportSheetName(check.asOf),
      );
      this.store.update({
        notice: notice('success', 'addin.report.written', {
          sheet,
          count: table.groups.reduce((n, g) => n + g.rows.length, 0),
        }),
      });
    });
  }

  /** Saves the edited Settings values after the Settings reader accepts them. */
  saveSettings(values: Partial<Record<EditableSetting, string>>): Promise<void> {
    return this.act(async () => {
      const plan = planSettingsSave(this.state.check?.grids.Settings, values, this.deps.workbook);
      if (plan.problems.length > 0) {
        this.store.update({ notice: notice('error', 'addin.settings.invalid', {}, plan.problems) });
        return;
      }
      const rows = plan.updates.map((u) => ({
        row: u.row,
        guard: { key: 'key', value: u.typed },
        values: { value: u.value },
      }));
      const written =
        rows.length > 0
          ? await this.deps.gateway.writeRowCells('Settings', rows)
          : { written: 0, refused: [] };
      if (plan.additions.length > 0) await this.deps.gateway.appendRows('Settings', plan.additions);
      const moved = written.refused.length > 0;
      this.store.update({
        notice: moved
          ? notice('warning', 'addin.settings.moved')
          : notice('success', 'addin.settings.saved'),
      });
      await this.refresh();
    });
  }

  /** Replaces the Recipients table after the Recipients reader accepts every row. */
  saveRecipients(rows: readonly TemplateRow[]): Promise<void> {
    return this.act(async () => {
      const problems = recipientProblems(rows, this.deps.workbook);
      if (problems.length > 0) {
        this.store.update({ notice: notice('error', 'addin.settings.invalid', {}, problems) });
        return;
      }
      const filled = rows.filter((r) =>
        Object.values(r).some((v) => v !== null && String(v).trim() !== ''),
      );
      await this.deps.gateway.replaceRows('Recipients', filled);
      this.store.update({
        notice: notice('success', 'addin.settings.recipients_saved', { count: filled.length }),
      });
      await this.refresh();
    });
  }

  /** Keeps the worker's URL and token for this user (never in the workbook: the token is a secret). */
  saveWorker(config: WorkerConfig): void {
    // A pane served by a worker always asks that worker; only the token is the planner's.
    const url = this.deps.servedBy ?? config.url.trim();
    if (this.deps.servedBy === undefined || this.deps.servedBy === null)
      this.deps.prefs.set(PREFS.url, url);
    this.deps.prefs.set(PREFS.token, config.token.trim());
    this.store.update({
      worker: { url, token: config.token.trim() },
      notice: notice('success', 'addin.settings.worker_saved'),
    });
  }

  /** Ids the Indicators table already has. */
  private existingIds(): string[] {
    const grid = this.state.check?.grids.Indicators;
    if (!grid) return [];
    const at = matchHeaders(grid.header, INDICATORS).columns.get('id');
    return at === undefined ? [] : grid.rows.map((r) => String(r.cells[at]?.value ?? '').trim());
  }
}

/** The sheet row of an alert in the Alerts table as read; null when it is not there yet. */
function alertSheetRow(check: LiveCheck, alertId: string): number | null {
  const grid = check.grids.Alerts;
  if (!grid) return null;
  const at = matchHeaders(grid.header, ALERTS).columns.get('alertId');
  if (at === undefined) return null;
  return (
    grid.rows.find((r) => String(r.cells[at]?.value ?? '').trim() === alertId)?.rowNumber ?? null
  );
}
