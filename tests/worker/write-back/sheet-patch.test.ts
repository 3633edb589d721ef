import { describe, expect, it } from 'vitest';
import { cellXml } from '../../../worker/write-back/cell-xml.ts';
import { patchSheet } from '../../../worker/write-back/sheet-xml.ts';
import { scanSheet } from '../../../worker/xlsx/sheet-scan.ts';
import { resizeTable } from '../../../worker/xlsx/table-xml.ts';

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

function sheet(rows: string, extra = ''): string {
  return `<?xml version="1.0"?><worksheet ${NS}><dimension ref="A1:D4"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><cols><col min="2" max="2" width="30" style="4"/></cols><sheetData>${rows}</sheetData>${extra}<tableParts count="1"><tablePart/></tableParts></worksheet>`;
}

const ROWS =
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>旁注</t></is></c></row>' +
  '<row r="2" ht="30" customHeight="1" hidden="1"><c r="A2" t="inlineStr"><is><t>old</t></is></c><c r="B2"><v>1</v></c><c r="D2"><f>SUM(B2:B3)</f><v>3</v></c></row>' +
  '<row r="3"><c r="A3" t="inlineStr"><is><t>old2</t></is></c><c r="B3"><v>2</v></c></row>' +
  '<row r="9"><c r="A9"><v>42</v></c></row>';

describe('patchSheet', () => {
  it('replaces cells only inside the block, keeping cells beside it, rows outside it and every other element', () => {
    const xml = sheet(
      ROWS,
      '<conditionalFormatting sqref="A2:B9"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>',
    );
    const scan = scanSheet(xml);
    const out = text(
      patchSheet(scan, {
        left: 1,
        right: 2,
        clearTop: 2,
        clearBottom: 3,
        rows: [
          {
            r: 2,
            cells: [
              { col: 1, xml: cellXml('', 2, 1, 'new', 0) },
              { col: 2, xml: cellXml('', 2, 2, 7, 4) },
            ],
          },
        ],
      }),
    );
    expect(out).toContain(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="D1" t="inlineStr"><is><t>旁注</t></is></c></row>',
    );
    expect(out).toContain(
      '<row r="2"><c r="A2" t="inlineStr"><is><t>new</t></is></c><c r="B2" s="4"><v>7</v></c><c r="D2"><f>SUM(B2:B3)</f><v>3</v></c></row>',
    );
    expect(out).not.toContain('old');
    expect(out).toContain('<row r="9"><c r="A9"><v>42</v></c></row>');
    expect(out).not.toContain('<row r="3"');
    expect(out).toContain('<conditionalFormatting sqref="A2:B9">');
    expect(out).toContain('<cols><col min="2" max="2" width="30" style="4"/></cols>');
    expect(out).toContain('<dimension ref="A1:D9"/>');
  });

  it('gives rewritten rows the look asked for and keeps the rest of their attributes', () => {
    const out = text(
      patchSheet(scanSheet(sheet(ROWS)), {
        left: 1,
        right: 2,
        clearTop: 2,
        clearBottom: 3,
        rows: [
          { r: 2, cells: [{ col: 1, xml: cellXml('', 2, 1, 'a', 0) }] },
          { r: 3, cells: [{ col: 1, xml: cellXml('', 3, 1, 'b', 0) }], look: { hidden: '1' } },
          { r: 4, cells: [{ col: 1, xml: cellXml('', 4, 1, 'c', 0) }] },
        ],
      }),
    );
    expect(out).toContain('<row r="2"><c r="A2"');
    expect(out).toContain('<row r="3" hidden="1"><c r="A3"');
    expect(out).toMatch(/<row r="4"><c r="A4"[^]*<row r="9">/);
  });

  it("takes a row's cells as one run and sets the dimension to its last column", () => {
    const run = cellXml('', 10, 1, 'a', 0) + cellXml('', 10, 6, 5, 0);
    const out = text(
      patchSheet(scanSheet(sheet(ROWS)), {
        left: 1,
        right: 6,
        clearTop: 10,
        clearBottom: 10,
        rows: [{ r: 10, cells: [{ col: 1, last: 6, xml: run }] }],
      }),
    );
    expect(out).toContain(`<row r="10">${run}</row>`);
    expect(out).toContain('<dimension ref="A1:F10"/>');
  });

  it('takes the rows to write one at a time, in ascending order only', () => {
    const asked: number[] = [];
    function* rows(order: number[]): Generator<{ r: number; cells: [] }> {
      for (const r of order) {
        asked.push(r);
        yield { r, cells: [] };
      }
    }
    const scan = scanSheet(sheet(ROWS));
    const patch = { left: 1, right: 2, clearTop: 2, clearBottom: 3 };
    const out = text(patchSheet(scan, { ...patch, rows: rows([2, 4]) }));
    expect(asked).toEqual([2, 4]);
    expect(out).toContain('<row r="1">');
    expect(out).toContain('<row r="2"><c r="D2"><f>SUM(B2:B3)</f><v>3</v></c></row><row r="9">');
    expect(() => patchSheet(scan, { ...patch, rows: rows([3, 2]) })).toThrow(/row 2 .* row 3/);
  });

  it('keeps the prefix a sheet uses for the SpreadsheetML namespace', () => {
    const xml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const scan = scanSheet(xml);
    expect(scan.prefix).toBe('x:');
    const out = text(
      patchSheet(scan, {
        left: 1,
        right: 1,
        clearTop: 2,
        clearBottom: 2,
        rows: [{ r: 2, cells: [{ col: 1, xml: cellXml(scan.prefix, 2, 1, 5, 0) }] }],
      }),
    );
    expect(out).toContain(
      '<x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row><x:row r="2"><x:c r="A2"><x:v>5</x:v></x:c></x:row></x:sheetData>',
    );
  });

  it('reads rows and cells without r attributes as following the one before', () => {
    const scan = scanSheet(
      sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c></row>'),
    );
    expect(scan.rows.map((r) => [r.r, r.cells?.map((c) => c.col)])).toEqual([
      [1, [1, 2]],
      [2, [3]],
    ]);
  });
});

describe('resizeTable', () => {
  const TABLE =
    `<table ${NS} id="6" name="Alerts" displayName="Alerts" ref="A1:C9" totalsRowCount="1" totalsRowShown="1">` +
    '<autoFilter ref="A1:C8"><filterColumn colId="1"><filters><filter val="红 critical"/></filters></filterColumn><sortState ref="A2:C8"><sortCondition ref="A2:A8"/></sortState></autoFilter>' +
    '<tableColumns count="3"><tableColumn id="1" name="a"/><tableColumn id="2" name="b"/><tableColumn id="3" name="c"/></tableColumns></table>';

  it('sets the range and the filter range, keeps filter criteria, drops the sort state and the totals row', () => {
    const out = resizeTable(TABLE, { top: 1, left: 1, bottom: 4, right: 3 });
    expect(out).toContain('ref="A1:C4" totalsRowShown="0">');
    expect(out).not.toContain('totalsRowCount');
    expect(out).toContain(
      '<autoFilter ref="A1:C4"><filterColumn colId="1"><filters><filter val="红 critical"/></filters></filterColumn></autoFilter>',
    );
    expect(out).toContain('<tableColumns count="3">');
  });
});
