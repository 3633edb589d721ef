import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../shared/contract/grid.ts';
import { scanSheetTables } from '../../../worker/workbook/sheet-tables-scan.ts';
import {
  digitsIn,
  namePrefix,
  plainCellBody,
  refColumn,
  type PlainCellBody,
} from '../../../worker/xlsx/cell-element.ts';
import { DEFAULT_LIMITS } from '../../../worker/xlsx/package-limits.ts';
import { PlainRowCells, readPlainRow } from '../../../worker/xlsx/plain-row.ts';
import { scanSheet } from '../../../worker/xlsx/sheet-scan.ts';
import { XmlSyntaxError } from '../../../worker/xlsx/xml-errors.ts';
import { tokenizeXml, type StartTagAttributes } from '../../../worker/xlsx/xml-scanner.ts';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const X_NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

describe('refColumn', () => {
  it('reads the column of A1 references and 0 for what is none', () => {
    const cases: [string, number][] = [
      ['A1', 1],
      ['Z9', 26],
      ['AB12', 28],
      ['ab12', 28],
      ['XFD1048576', 16384],
      ['A01', 1],
      ['A0', 0],
      ['A', 0],
      ['12', 0],
      ['ABCD1', 0],
      ['A1.5', 0],
      ['', 0],
    ];
    for (const [ref, col] of cases) expect([ref, refColumn(ref)]).toEqual([ref, col]);
  });
});

describe('readPlainRow', () => {
  const read = (row: string, prefix = ''): { end: number; cells: unknown[] } => {
    const into = new PlainRowCells();
    const end = readPlainRow(row, 0, prefix, into);
    const cells = Array.from({ length: into.count }, (_, i) => {
      const start = into.valueStart[i] ?? -1;
      return [
        into.col[i],
        into.style[i],
        into.typeOf(i),
        start < 0 ? null : row.slice(start, into.valueEnd[i]),
      ];
    });
    return { end, cells };
  };

  it('reads the cells of a row of plain cells and says where the row ends', () => {
    const row = '<c r="B2" s="3" t="s"><v>7</v></c><c/><c r="D2" t="str"><v>x</v></c></row><row>';
    expect(read(row)).toEqual({
      end: row.indexOf('<row>'),
      cells: [
        [2, 3, 's', '7'],
        [3, 0, '', null],
        [4, 0, 'str', 'x'],
      ],
    });
    expect(read('</row>')).toEqual({ end: 6, cells: [] });
    const wide = `${Array.from({ length: 40 }, (_, i) => `<x:c><x:v>${i}</x:v></x:c>`).join('')}</x:row>`;
    const many = read(wide, 'x:');
    expect(many.end).toBe(wide.length);
    expect(many.cells).toHaveLength(40);
    expect(many.cells[39]).toEqual([40, 0, '', '39']);
  });

  it('leaves any other row to the tokenizer', () => {
    for (const row of [
      '<c r="A1" cm="1"><v>1</v></c></row>',
      '<c r="A1"  s="1"><v>1</v></c></row>',
      "<c r='A1'><v>1</v></c></row>",
      '<c r="A1" t="x"><v>1</v></c></row>',
      '<c r="A1" s="a"><v>1</v></c></row>',
      '<c r="1A"><v>1</v></c></row>',
      '<c r="A&#49;"><v>1</v></c></row>',
      '<c r="A1"><f>1</f><v>1</v></c></row>',
      '<c r="A1"><v>1</v></c> </row>',
      '<c r="A1"><v>1</v></c></x:row>',
      '<c r="A1"><v>1</v></c>',
      '<c r="A1"/></rows>',
      '<d/></row>',
    ])
      expect([row, read(row).end]).toEqual([row, -1]);
  });
});

describe('digitsIn', () => {
  it('reads up to nine plain digits and nothing else', () => {
    const at = (text: string): number => digitsIn(`<${text}>`, 1, text.length + 1);
    expect([at('0'), at('17'), at('007'), at('123456789')]).toEqual([0, 17, 7, 123456789]);
    expect([at(''), at('1234567890'), at('1.5'), at('-1'), at(' 1'), at('1e3')]).toEqual([
      -1, -1, -1, -1, -1, -1,
    ]);
  });
});

describe('plainCellBody', () => {
  const read = (body: string, prefix = ''): PlainCellBody | null => {
    const into: PlainCellBody = {
      valueStart: 0,
      valueEnd: 0,
      end: 0,
      inline: false,
      decode: false,
    };
    return plainCellBody(body, 0, prefix, into) ? into : null;
  };

  it('reads `<v>…</v></c>` and says where the value lies and the cell ends', () => {
    const body = '<v>12.5</v></c><c r="B1"/>';
    const found = read(body);
    expect(found).not.toBeNull();
    expect(body.slice(found?.valueStart, found?.valueEnd)).toBe('12.5');
    expect(body.slice(found?.end)).toBe('<c r="B1"/>');
    expect(read('<v></v></c>')).toEqual({
      valueStart: 3,
      valueEnd: 3,
      end: 11,
      inline: false,
      decode: false,
    });
    const prefixed = '<x:v>3</x:v></x:c>';
    expect(prefixed.slice(read(prefixed, 'x:')?.end)).toBe('');
  });

  it('leaves every other shape to the tokenizer', () => {
    for (const body of [
      '<v>1&amp;2</v></c>',
      '<v>1\r\n</v></c>',
      '<f>A1+1</f><v>2</v></c>',
      ' <v>1</v></c>',
      '<v>1</v> </c>',
      '<v>1</v><extLst/></c>',
      '<v>1</w></c>',
      '<v>1</v></x:c>',
      '<v>1</v></c',
      '<v>1',
      '<is><r><t>a</t></r></is></c>',
      '<is><t>a</t><rPh sb="0" eb="1"><t>ア</t></rPh></is></c>',
      '<is><t a="1">a</t></is></c>',
      '<is><t>a\r\n</t></is></c>',
      '<is><t>a</t></is></x:c>',
    ])
      expect([body, read(body)]).toEqual([body, null]);
    expect(read('<v>1</v></c>', 'x:')).toBeNull();
    expect(read('<x:v>1</x:v></x:c>')).toBeNull();
  });

  it('reads an inline string, noting text with references to decode', () => {
    const text = (body: string, prefix = ''): [string, boolean, boolean] | null => {
      const found = read(body, prefix);
      return found && [body.slice(found.valueStart, found.valueEnd), found.inline, found.decode];
    };
    expect(text('<is><t>内联</t></is></c>')).toEqual(['内联', true, false]);
    expect(text('<is><t xml:space="preserve"> a </t></is></c>')).toEqual([' a ', true, false]);
    expect(text('<is><t>a &lt; b</t></is></c>')).toEqual(['a &lt; b', true, true]);
    expect(text('<x:is><x:t>x</x:t></x:is></x:c>', 'x:')).toEqual(['x', true, false]);
    expect(text('<v>1</v></c>')).toEqual(['1', false, false]);
  });

  it('takes the prefix from the element name', () => {
    expect(namePrefix('x:c', 'c')).toBe('x:');
    expect(namePrefix('c', 'c')).toBe('');
  });
});

describe('a start tag’s attributes read without a string', () => {
  function attributesOf(tag: string, read: (a: StartTagAttributes) => unknown): unknown {
    let out: unknown;
    tokenizeXml(tag, {
      open(_n, _s, _ne, _ae, _e, _sc, _d, attributes) {
        out = read(attributes);
        return false;
      },
      close: () => false,
    });
    return out;
  }

  it('reads a column, a number and a word as get() and Number would', () => {
    const tag = '<c r="AB12" s="17" t="str"/>';
    expect(attributesOf(tag, (a) => a.column('r'))).toBe(28);
    expect(attributesOf(tag, (a) => a.number('s', 0))).toBe(17);
    expect(attributesOf(tag, (a) => a.number('x', 5))).toBe(5);
    expect(attributesOf(tag, (a) => a.column('x'))).toBe(0);
    const words = ['s', 'str'] as const;
    expect(attributesOf(tag, (a) => a.word('t', words))).toBe('str');
    expect(attributesOf('<c t="other"/>', (a) => a.word('t', words))).toBe('other');
    expect(attributesOf('<c/>', (a) => a.word('t', words))).toBeUndefined();
    // References and odd spellings are decoded first, as get() hands them over.
    expect(attributesOf('<c r="A&#49;0"/>', (a) => a.column('r'))).toBe(1);
    expect(attributesOf('<c s="&#51;"/>', (a) => a.number('s', 0))).toBe(3);
    expect(attributesOf('<c s=" 4"/>', (a) => a.number('s', 0))).toBe(4);
    expect(attributesOf('<c s="x"/>', (a) => a.number('s', 0))).toBeNaN();
    expect(attributesOf('<c s="12345678901"/>', (a) => a.number('s', 0))).toBe(12345678901);
  });
});

describe('the tokenizer and a sink that reads an element itself', () => {
  it('goes on after the offset the sink returns, reporting nothing of what it skipped', () => {
    const xml = '<a><b><skip>x</skip></b><c></c></a>';
    const seen: string[] = [];
    tokenizeXml(xml, {
      open(name, _s, _ne, _ae, end) {
        seen.push(name);
        return name === 'b' ? xml.indexOf('<c>') : name === 'c' ? end : false;
      },
      close(name) {
        seen.push(`/${name}`);
        return false;
      },
      text: (t) => seen.push(t),
    });
    // `c` returned the end of its start tag, not past it: its end tag is reported as always.
    expect(seen).toEqual(['a', 'b', 'c', '/c', '/a']);
  });
});

/**
 * A sheet of the cells given, once as written and once with white space after every value,
 * which no cell body read the short way has.
 */
function sheets(rows: string, prefix = ''): [string, string] {
  const ns = prefix === '' ? NS : X_NS;
  const xml = `<${prefix}worksheet ${ns}><${prefix}sheetData>${rows}</${prefix}sheetData></${prefix}worksheet>`;
  return [xml, xml.replace(/(<\/(?:x:)?[vt]>)/g, '$1\n ')];
}

const ROWS =
  '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1"><v>2.5</v></c><c r="C1" t="str"><v>a &amp; b</v></c>' +
  '<c r="D1"><f>B1*2</f><v>5</v></c><c r="E1" t="inlineStr"><is><t>内联</t></is></c><c r="F1" t="b"><v>1</v></c></row>' +
  '<row r="2"><c r="A2" t="e"><v>#DIV/0!</v></c><c r="B2" s="1"><v>45382</v></c><c r="C2"><v></v></c><c r="D2"/>' +
  '<c r="E2"><f>NA()</f></c><c r="F2" t="s"><v>0</v></c></row>' +
  // Rows of plain cells only, read a row at a time: a cell without r follows the one before.
  '<row r="3" spans="1:6"><c r="A3" t="s"><v>0</v></c><c r="B3" s="1"><v>45383</v></c><c r="C3"/>' +
  '<c t="str"><v>无 r</v></c><c r="F3" t="b" s="0"><v>0</v></c></row>' +
  '<row r="4"><c r="A4" t="e"><v>#N/A</v></c><c r="C4"><v>-1.5E-3</v></c><c r="E4" t="n"><v>7</v></c></row>' +
  // Inline strings as the writer writes them, references and kept spaces included.
  '<row r="5"><c r="A5" t="inlineStr"><is><t>a &lt; b</t></is></c><c r="B5" t="inlineStr"><is>' +
  '<t xml:space="preserve"> 空格 </t></is></c><c r="C5" t="inlineStr"><is><t>x_x000D_y</t></is></c></row>';

describe('the sheet walks read plain cell bodies as the tokenizer reads any other', () => {
  const context = {
    sharedStrings: ['零', '一'],
    sharedStringCells: [],
    formats: ['', 'yyyy-mm-dd'],
    date1904: false,
  };
  const region = { range: { top: 1, bottom: 5, left: 1, right: 6 }, below: 0 };

  function tableCells(xml: string): [number, (Cell | undefined)[]][] {
    const scan = scanSheetTables(xml, [region], context, DEFAULT_LIMITS, 0);
    return [...(scan.regions[0]?.rows ?? new Map<number, (Cell | undefined)[]>())];
  }

  it('the reader: the same Grid cells, with or without the short way', () => {
    for (const prefix of ['', 'x:']) {
      const rows = prefix === '' ? ROWS : ROWS.replace(/<(\/?)(?=[a-z])/g, `<$1${prefix}`);
      const [plain, spaced] = sheets(rows, prefix);
      const cells = tableCells(plain);
      expect(cells).toEqual(tableCells(spaced));
      expect(cells[0]?.[1].map((c) => c?.value)).toEqual(['一', 2.5, 'a & b', 5, '内联', true]);
      expect(cells[1]?.[1].slice(0, 2)).toEqual([
        { value: null, error: '#DIV/0!' },
        { value: '2024-03-31' },
      ]);
      expect(cells[2]?.[1]).toEqual([
        { value: '零' },
        { value: '2024-04-01' },
        undefined,
        { value: '无 r' },
        undefined,
        { value: false },
      ]);
      expect(cells[3]?.[1]).toEqual([
        { value: null, error: '#N/A' },
        undefined,
        { value: -0.0015 },
        undefined,
        { value: 7 },
      ]);
      expect(cells[4]?.[1]).toEqual([{ value: 'a < b' }, { value: ' 空格 ' }, { value: 'x\ry' }]);
    }
  });

  it('the writer: the same cells, fill and captured values, with or without the short way', () => {
    const [plain, spaced] = sheets(ROWS);
    const cellsOf = (xml: string): unknown[] =>
      scanSheet(xml, { capture: () => true }).rows.flatMap((r) =>
        (r.cells ?? []).map((c) => ({
          col: c.col,
          style: c.style,
          type: c.type,
          filled: c.filled,
          formula: c.formula,
          value: c.value,
          cell: xml.slice(c.start, c.end).replace(/\n /g, ''),
        })),
      );
    const cells = cellsOf(plain);
    expect(cells).toEqual(cellsOf(spaced));
    expect(cells).toHaveLength(23);
    expect(cells[20]).toMatchObject({ col: 1, filled: true, value: 'a < b', type: 'inlineStr' });
    expect(cells[1]).toMatchObject({ col: 2, filled: true, value: '2.5', type: '' });
    expect(cells[8]).toMatchObject({ col: 3, filled: false, value: '' });
  });

  it('a cell body that is not well-formed is still refused', () => {
    const [bad] = sheets('<row r="1"><c r="A1"><v>1</v></x></row>');
    expect(() => tableCells(bad)).toThrow(XmlSyntaxError);
    expect(() => scanSheet(bad)).toThrow(XmlSyntaxError);
  });
});
