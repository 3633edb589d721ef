/**
 * What a planner's Excel session does to the Alerts sheet between two checks, written
 * straight into the package (JSZip, not the writer under test) the way Excel saves it:
 * text as shared strings, a typed date as a serial number with a date style, rows in the
 * order the planner sorted them (with a sort state on the table), rows a filter hides
 * marked hidden, and a column the planner added to the table. Everything else in the
 * package is left as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';

/** A planner's typing: text, or a date (Excel stores it as a serial number). */
export type Typed = string | { date: string };

export interface PlannerSave {
  /** Sort the data rows into reverse order. */
  reverse?: boolean;
  /** Alert ids whose rows a filter hides. */
  hide?: string[];
  /** By alert id: what is typed into columns by letter (`U` Action, `V` Ack by, `W` note, `X` until, `Y` a new column). */
  type?: Record<string, Record<string, Typed>>;
  /** Header of a column added at the right of the table (column Y). */
  addColumn?: string;
}

interface Row {
  attrs: string;
  cells: Map<string, string>;
}

const ALERTS_SHEET = 'xl/worksheets/sheet5.xml';
const ALERTS_TABLE = 'xl/tables/table6.xml';

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`no part ${name}`);
  return file.async('string');
}

function between(
  s: string,
  open: string,
  close: string,
  from = 0,
): { start: number; end: number; inner: string } | null {
  const start = s.indexOf(open, from);
  if (start < 0) return null;
  const innerStart = start + open.length;
  const end = s.indexOf(close, innerStart);
  return end < 0 ? null : { start, end: end + close.length, inner: s.slice(innerStart, end) };
}

/** The rows of `<sheetData>`, cells by column letter (this sheet is the writer's own, one element per cell). */
function readRows(data: string): Map<number, Row> {
  const rows = new Map<number, Row>();
  for (let at = data.indexOf('<row '); at >= 0; at = data.indexOf('<row ', at + 1)) {
    const tagEnd = data.indexOf('>', at);
    const selfClosing = data[tagEnd - 1] === '/';
    const attrs = data.slice(at + 4, selfClosing ? tagEnd - 1 : tagEnd);
    const r = Number(/ r="(\d+)"/.exec(attrs)?.[1]);
    const end = selfClosing ? tagEnd + 1 : data.indexOf('</row>', tagEnd) + 6;
    const body = selfClosing ? '' : data.slice(tagEnd + 1, end - 6);
    const cells = new Map<string, string>();
    for (let c = body.indexOf('<c '); c >= 0;) {
      const cTagEnd = body.indexOf('>', c);
      const cEnd = body[cTagEnd - 1] === '/' ? cTagEnd + 1 : body.indexOf('</c>', cTagEnd) + 4;
      const xml = body.slice(c, cEnd);
      cells.set(/ r="([A-Z]+)\d+"/.exec(xml)?.[1] ?? '', xml);
      c = body.indexOf('<c ', cEnd);
    }
    rows.set(r, { attrs: attrs.replace(/ r="\d+"/, '').replace(/ spans="[^"]*"/, ''), cells });
  }
  return rows;
}

function daysSince1899(date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** Applies a planner's save to the workbook at `path`. */
export async function plannerSaves(path: string, save: PlannerSave): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const sheet = await text(zip, ALERTS_SHEET);
  const data = between(sheet, '<sheetData>', '</sheetData>');
  if (!data) throw new Error('no sheetData');
  const rows = readRows(data.inner);

  let sst = await text(zip, 'xl/sharedStrings.xml');
  // The texts of the shared table so far, then the ones this save adds.
  const texts = sst
    .split('<si>')
    .slice(1)
    .map((si) => si.slice(si.indexOf('>', si.indexOf('<t')) + 1, si.indexOf('</t>')));
  const added: string[] = [];
  const shared = (value: string): number => {
    added.push(
      `<si><t xml:space="preserve">${value.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></si>`,
    );
    texts.push(value);
    return texts.length - 1;
  };
  let styles = await text(zip, 'xl/styles.xml');
  const xfs = between(styles, '<cellXfs', '</cellXfs>');
  if (!xfs) throw new Error('no cellXfs');
  const dateStyle = (xfs.inner.match(/<xf /g) ?? []).length;
  styles = `${styles.slice(0, xfs.end - '</cellXfs>'.length)}<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>${styles.slice(xfs.end - '</cellXfs>'.length)}`;

  // Excel keeps every string in the shared table.
  for (const row of rows.values()) {
    for (const [col, xml] of row.cells) {
      const inline = between(xml, xml.includes('<t>') ? '<t>' : '<t xml:space="preserve">', '</t>');
      if (!xml.includes('t="inlineStr"') || !inline) continue;
      const attrs = xml.slice(2, xml.indexOf('>')).replace(' t="inlineStr"', '');
      row.cells.set(
        col,
        `<c${attrs} t="s"><v>${shared(inline.inner.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'))}</v></c>`,
      );
    }
  }
  const idOf = (row: Row): string =>
    texts[Number(between(row.cells.get('A') ?? '', '<v>', '</v>')?.inner ?? -1)] ?? '';
  const header = rows.get(1);
  const dataRows = [...rows.entries()].filter(([r]) => r > 1).map(([, row]) => row);
  if (save.addColumn && header)
    header.cells.set('Y', `<c r="Y1" t="s"><v>${shared(save.addColumn)}</v></c>`);
  for (const row of dataRows) {
    const id = idOf(row);
    if (save.hide?.includes(id)) row.attrs += ' hidden="1"';
    for (const [col, typed] of Object.entries(save.type?.[id] ?? {})) {
      row.cells.set(
        col,
        typeof typed === 'string'
          ? `<c r="${col}0" t="s"><v>${shared(typed)}</v></c>`
          : `<c r="${col}0" s="${dateStyle}"><v>${daysSince1899(typed.date)}</v></c>`,
      );
    }
  }
  if (save.reverse) dataRows.reverse();
  const ordered = header ? [header, ...dataRows] : dataRows;
  const out = ordered
    .map((row, i) => {
      const r = i + 1;
      const cells = [...row.cells.entries()]
        .sort(([a], [b]) => a.length - b.length || a.localeCompare(b))
        .map(([, xml]) => xml.replace(/ r="([A-Z]+)\d+"/, ` r="$1${r}"`))
        .join('');
      return `<row r="${r}"${row.attrs}>${cells}</row>`;
    })
    .join('');
  const lastCol = save.addColumn ? 'Y' : 'X';
  zip.file(
    ALERTS_SHEET,
    sheet.slice(0, data.start) + `<sheetData>${out}</sheetData>` + sheet.slice(data.end),
  );

  let table = await text(zip, ALERTS_TABLE);
  const ref = `A1:${lastCol}${ordered.length}`;
  table = table.replace(/ ref="[^"]*"/g, ` ref="${ref}"`);
  if (save.addColumn) {
    table = table.replace(
      /<tableColumns count="(\d+)">/,
      (_, n: string) => `<tableColumns count="${Number(n) + 1}">`,
    );
    table = table.replace(
      '</tableColumns>',
      `<tableColumn id="99" name="${save.addColumn}"/></tableColumns>`,
    );
  }
  if (save.reverse)
    table = table.replace(
      '</autoFilter>',
      `<sortState ref="A2:${lastCol}${ordered.length}"><sortCondition descending="1" ref="A2:A${ordered.length}"/></sortState></autoFilter>`,
    );
  zip.file(ALERTS_TABLE, table);
  sst = sst.replace('</sst>', `${added.join('')}</sst>`);
  zip.file('xl/sharedStrings.xml', sst);
  zip.file('xl/styles.xml', styles);
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
