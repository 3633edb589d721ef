/**
 * The test host page's stand-in for office.js: installs `Office` and `Excel` backed by the
 * fake Excel API over an in-memory workbook, and exposes that workbook as `__kpiTest` so
 * the end-to-end test can act as the planner in the sheet (type, paste, select) and read
 * the workbook afterwards. Built into one script by the test and served in place of the
 * office.js URL. `?lang=en-US` sets Office's display language.
 */
import { parseRange } from '../../../shared/contract/cell-address.ts';
import { FakeExcel } from '../fake-excel/fake-excel.ts';
import { FakeWorkbook } from '../fake-excel/fake-workbook.ts';

function displayLanguage(): string {
  const g: unknown = globalThis;
  if (typeof g !== 'object' || g === null || !('location' in g)) return 'zh-CN';
  const location: unknown = g.location;
  if (
    typeof location !== 'object' ||
    location === null ||
    !('search' in location) ||
    typeof location.search !== 'string'
  )
    return 'zh-CN';
  return /[?&]lang=([^&]+)/.exec(location.search)?.[1] ?? 'zh-CN';
}

const workbook = new FakeWorkbook(['Sheet1']);
const fake = new FakeExcel(workbook, { displayLanguage: displayLanguage() });

/** What the test drives through `page.evaluate`. */
const testApi = {
  workbook,
  stats: fake.stats,
  /** The planner types or pastes values; the tables under them fire their change events. */
  type: (sheet: string, ref: string, values: unknown[][]): Promise<void> =>
    workbook.userWrite(sheet, ref, values),
  /** The planner selects cells. */
  select: (sheet: string, ref: string): void => {
    const range = parseRange(ref);
    if (!range) throw new Error(`not a range: ${ref}`);
    workbook.selection = { sheet, range };
    workbook.activeSheet = sheet;
  },
  rows: (table: string) => workbook.tableRows(table),
  tables: () =>
    workbook.tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      address: workbook.tableAddress(t.name),
    })),
  cell: (sheet: string, ref: string) => {
    const range = parseRange(ref);
    if (!range) throw new Error(`not a range: ${ref}`);
    const c = workbook.sheet(sheet).cell(range.top, range.left);
    return { value: c?.value ?? '', fill: c?.fill ?? null, format: c?.format ?? 'General' };
  },
  selection: () => ({ sheet: workbook.selection.sheet, range: workbook.selection.range }),
};

Object.assign(globalThis, {
  Office: {
    onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }),
    context: {
      displayLanguage: fake.displayLanguage,
      document: {
        url: 'https://bureau.example.gov.cn/plans/%E6%B9%96%E5%B7%9E%E8%A7%84%E5%88%92.xlsx',
      },
    },
  },
  Excel: { run: fake.run.bind(fake) },
  __kpiTest: testApi,
});

export type TestApi = typeof testApi;
