import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * Opens a workbook in Python's openpyxl (Debian python3-openpyxl, run by the system
 * python) and returns the rows of an Excel table as text, header first — what another
 * program that reads .xlsx makes of the file; with `number_format`, each cell's number
 * format instead of its value. Throws with openpyxl's error when it cannot load the
 * workbook.
 */
export function openpyxlTable(
  path: string,
  table: string,
  property: 'value' | 'number_format' = 'value',
): string[][] {
  const script = [
    'import json, sys, datetime, openpyxl',
    'wb = openpyxl.load_workbook(sys.argv[1])',
    'for ws in wb.worksheets:',
    '    for name, ref in ws.tables.items():',
    '        if name.lower() != sys.argv[2].lower(): continue',
    '        def text(v):',
    '            if v is None: return ""',
    '            if isinstance(v, (datetime.date, datetime.datetime)): return v.isoformat()[:10]',
    '            return str(v)',
    '        print(json.dumps([[text(getattr(c, sys.argv[3])) for c in row] for row in ws[ref]], ensure_ascii=False))',
    '        sys.exit(0)',
    'sys.exit("no table " + sys.argv[2])',
  ].join('\n');
  const r = spawnSync('/usr/bin/python3', ['-c', script, path, table, property], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`openpyxl could not read ${path}: ${r.stderr}`);
  const rows: unknown = JSON.parse(r.stdout);
  if (!Array.isArray(rows)) throw new Error('openpyxl printed no rows');
  return rows.map((row: unknown) => (Array.isArray(row) ? row.map(String) : []));
}

/**
 * Converts a workbook with LibreOffice (headless) into one CSV per sheet and returns
 * them by file name. Throws when LibreOffice fails: the file would not open there.
 */
export function libreOfficeCsvs(path: string, dir: string): Map<string, string> {
  const out = join(dir, 'csv');
  mkdirSync(out, { recursive: true });
  // Filter options: comma, double quote, UTF-8, … and -1 = every sheet to its own file.
  const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
  const r = spawnSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--convert-to',
      filter,
      '--outdir',
      out,
      path,
    ],
    {
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  if (r.status !== 0) throw new Error(`LibreOffice could not convert ${path}: ${r.stderr}`);
  const files = new Map<string, string>();
  for (const f of readdirSync(out)) files.set(f, readFileSync(join(out, f), 'utf8'));
  if (files.size === 0)
    throw new Error(`LibreOffice wrote nothing for ${path}: ${r.stdout} ${r.stderr}`);
  return files;
}

/**
 * Converts a document to PDF with LibreOffice (headless, a profile of its own in `dir`)
 * and returns the PDF's path. Throws when LibreOffice fails: the file would not open there.
 */
export function libreOfficePdf(path: string, dir: string): string {
  const out = join(dir, 'pdf');
  mkdirSync(out, { recursive: true });
  const r = spawnSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      path,
    ],
    { encoding: 'utf8', timeout: 180_000 },
  );
  const pdf = readdirSync(out).find((f) => f.endsWith('.pdf'));
  if (r.status !== 0 || pdf === undefined)
    throw new Error(`LibreOffice could not convert ${path}: ${r.stdout} ${r.stderr}`);
  return join(out, pdf);
}

/** A PDF's text as poppler's pdftotext reads it in content order (`-raw`). */
export function pdfText(pdf: string): string {
  const r = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`pdftotext could not read ${pdf}: ${r.stderr}`);
  return r.stdout;
}

/** Renders one page of a PDF as PNG (poppler's pdftoppm) at `dpi`; returns the PNG's path. */
export function pdfPagePng(pdf: string, page: number, dpi: number, outStem: string): string {
  const r = spawnSync(
    'pdftoppm',
    [
      '-png',
      '-r',
      String(dpi),
      '-f',
      String(page),
      '-l',
      String(page),
      '-singlefile',
      pdf,
      outStem,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (r.status !== 0) throw new Error(`pdftoppm could not render ${pdf}: ${r.stderr}`);
  return `${outStem}.png`;
}

/** Every row of a worksheet as openpyxl reads it (numbers as numbers, empty cells as null). */
export function openpyxlSheetRows(path: string, sheet: string): unknown[][] {
  const script = [
    'import json, sys, openpyxl',
    'wb = openpyxl.load_workbook(sys.argv[1])',
    'ws = wb[sys.argv[2]]',
    'print(json.dumps([list(r) for r in ws.iter_rows(values_only=True)], ensure_ascii=False))',
  ].join('\n');
  const r = spawnSync('/usr/bin/python3', ['-c', script, path, sheet], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`openpyxl could not read ${path}: ${r.stderr}`);
  const rows: unknown = JSON.parse(r.stdout);
  if (!Array.isArray(rows)) throw new Error('openpyxl printed no rows');
  return rows.map((row: unknown): unknown[] => (Array.isArray(row) ? [...(row as unknown[])] : []));
}

/**
 * Edits rows of an Excel table with openpyxl and saves the workbook, as a planner's Python
 * script would: in every data row whose `where` column holds `where` value, the named
 * columns get the new values. Columns are named by their header text. Returns the number
 * of rows edited; throws with openpyxl's error when it cannot load or save the file.
 */
export function openpyxlEditTable(
  path: string,
  table: string,
  where: [header: string, value: string],
  cells: Record<string, string | number>,
): number {
  const script = [
    'import json, sys, openpyxl',
    'path, table, spec = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])',
    'wb = openpyxl.load_workbook(path)',
    'for ws in wb.worksheets:',
    '    for name, ref in ws.tables.items():',
    '        if name.lower() != table.lower(): continue',
    '        rows = list(ws[ref])',
    '        header = [str(c.value or "").strip() for c in rows[0]]',
    '        at = header.index(spec["where"][0])',
    '        edited = 0',
    '        for row in rows[1:]:',
    '            if str(row[at].value or "") != spec["where"][1]: continue',
    '            for h, v in spec["cells"].items(): row[header.index(h)].value = v',
    '            edited += 1',
    '        wb.save(path)',
    '        print(edited)',
    '        sys.exit(0)',
    'sys.exit("no table " + table)',
  ].join('\n');
  const r = spawnSync(
    '/usr/bin/python3',
    ['-c', script, path, table, JSON.stringify({ where, cells })],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (r.status !== 0) throw new Error(`openpyxl could not edit ${path}: ${r.stderr}`);
  return Number(r.stdout.trim());
}

/** A workbook LibreOffice has open for editing; `close` closes it there and ends LibreOffice. */
export interface HeldOpen {
  close(): Promise<void>;
}

/**
 * Opens a workbook for editing in LibreOffice (headless, a profile of its own in `dir`),
 * driven over UNO by the system python (Debian's python3-uno comes with LibreOffice), as a
 * planner's LibreOffice holds it: with its `.~lock.<name>#` file beside it. Resolves once
 * the document is open. Throws with what LibreOffice or python said when it cannot open it.
 */
export async function libreOfficeHolds(path: string, dir: string): Promise<HeldOpen> {
  const pipe = `kpi-sentinel-${process.pid}-${Math.random().toString(36).slice(2)}`;
  const script = [
    'import subprocess, sys, time, uno',
    'from com.sun.star.beans import PropertyValue',
    'path, pipe, profile = sys.argv[1], sys.argv[2], sys.argv[3]',
    "office = subprocess.Popen(['soffice', '--headless', '--norestore', '-env:UserInstallation=' + uno.systemPathToFileUrl(profile), '--accept=pipe,name=' + pipe + ';urp;'], stderr=subprocess.DEVNULL)",
    'local = uno.getComponentContext()',
    "resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)",
    'ctx = None',
    'for _ in range(480):',
    '    try:',
    "        ctx = resolver.resolve('uno:pipe,name=' + pipe + ';urp;StarOffice.ComponentContext')",
    '        break',
    '    except Exception:',
    '        time.sleep(0.25)',
    "if ctx is None: sys.exit('LibreOffice did not answer')",
    "desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)",
    "hidden = PropertyValue(); hidden.Name = 'Hidden'; hidden.Value = True",
    "doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), '_blank', 0, (hidden,))",
    "if doc is None: sys.exit('LibreOffice could not open ' + path)",
    "print('open', flush=True)",
    'sys.stdin.readline()',
    'doc.close(True)',
    'try:',
    '    desktop.terminate()',
    'except Exception:',
    '    pass',
    'office.wait(timeout=60)',
  ].join('\n');
  const child = spawn('/usr/bin/python3', ['-c', script, path, pipe, join(dir, 'lo-held')], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let said = '';
  child.stderr.on('data', (chunk: Buffer) => (said += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const lines = createInterface({ input: child.stdout });
  const opened = await Promise.race([
    new Promise<boolean>((resolve) => lines.once('line', (line) => resolve(line === 'open'))),
    exited.then(() => false),
  ]);
  if (!opened) {
    child.kill('SIGKILL');
    throw new Error(`LibreOffice could not open ${path}: ${said}`);
  }
  return {
    async close() {
      child.stdin.end('close\n');
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
