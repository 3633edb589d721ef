import { describe, expect, it } from 'vitest';
import { EXCEL_MAX_CELL_TEXT } from '../../../shared/contract/cell-limits.ts';
import { withoutInvalidChars } from '../../../shared/contract/document-chars.ts';
import { cellXml } from '../../../worker/write-back/cell-xml.ts';
import { cellTextXml, escapeXmlAttribute } from '../../../worker/xlsx/xml-text.ts';
import { scanXml } from '../../../worker/xlsx/xml-tokens.ts';

/** What an XML parser reads back from a cell written by cellXml. */
function readBack(xml: string): string {
  let text = '';
  let inT = false;
  scanXml(`<root>${xml}</root>`, {
    open: (t) => {
      inT = t.local === 't';
    },
    close: () => {
      inT = false;
    },
    text: (s) => {
      if (inT) text += s;
    },
  });
  return text;
}

describe('text written into cells', () => {
  it('drops characters XML cannot hold: controls, U+FFFE/U+FFFF and lone surrogates, keeping tab and line breaks', () => {
    expect(withoutInvalidChars('a\u0000b\u0001c\u0008d\u000be\u001ff\ufffeg\uffffh')).toBe(
      'abcdefgh',
    );
    expect(withoutInvalidChars('x\ud800y\udc00z')).toBe('xyz');
    expect(withoutInvalidChars('湖\t州\n市\r')).toBe('湖\t州\n市\r');
    expect(withoutInvalidChars('𝒳 规划')).toBe('𝒳 规划');
  });

  it('escapes markup so a name can never close the cell or open an element', () => {
    const hostile = '</t></is></c><c r="A1"><f>HYPERLINK("http://x")</f></c>&amp;';
    expect(readBack(cellXml('', 2, 1, hostile, 0))).toBe(hostile);
  });

  it('keeps a carriage return and text that looks like an Excel escape exactly as typed', () => {
    expect(readBack(`<t>${cellTextXml('a\r\nb')}</t>`)).toBe('a\r\nb');
    // Excel reads _x0041_ as "A": the writer escapes the underscore so the text stays.
    expect(cellTextXml('_x0041_')).toBe('_x005F_x0041_');
  });

  it("cuts text to Excel's 32,767 characters per cell, never inside a surrogate pair", () => {
    expect(readBack(`<t>${cellTextXml('长'.repeat(EXCEL_MAX_CELL_TEXT + 10))}</t>`)).toHaveLength(
      EXCEL_MAX_CELL_TEXT,
    );
    const emoji = `${'a'.repeat(EXCEL_MAX_CELL_TEXT - 1)}😀`;
    expect(readBack(`<t>${cellTextXml(emoji)}</t>`)).toBe('a'.repeat(EXCEL_MAX_CELL_TEXT - 1));
  });

  it('writes names starting with =, +, - or @ as inline text, never as a formula', () => {
    for (const name of ['=SUM(A1:A9)', '+86 热线', '-3% 同比', '@吴兴区', '=cmd|"/c calc"!A1']) {
      const xml = cellXml('', 5, 6, name, 0);
      expect(xml).toContain('t="inlineStr"');
      expect(xml).not.toContain('<f>');
      expect(readBack(xml)).toBe(name);
    }
  });

  it('marks xml:space="preserve" only on text whose white space a reader could lose', () => {
    for (const text of [
      ' 前导空格',
      '末尾空格 ',
      '换\n行',
      'a\r\nb',
      '制\t表',
      '两  个空格',
      '\u3000全角',
    ]) {
      const xml = cellXml('', 2, 1, text, 0);
      expect(xml).toContain('<t xml:space="preserve">');
      expect(readBack(xml)).toBe(text);
    }
    expect(cellXml('', 2, 1, '预警中 firing', 0)).toBe(
      '<c r="A2" t="inlineStr"><is><t>预警中 firing</t></is></c>',
    );
  });

  it('writes numbers as numbers and leaves out what is not finite', () => {
    expect(cellXml('', 2, 11, 98.1, 3)).toBe('<c r="K2" s="3"><v>98.1</v></c>');
    expect(cellXml('', 2, 11, Number.NaN, 0)).toBe('');
    expect(cellXml('', 2, 11, Number.POSITIVE_INFINITY, 4)).toBe('<c r="K2" s="4"/>');
    expect(cellXml('x:', 3, 1, true, 0)).toBe('<x:c r="A3" t="b"><x:v>1</x:v></x:c>');
  });

  it('writes each kind of cell the same whatever was written before it, in any column, style and prefix', () => {
    const cases: [string, number, number, string | number | boolean | null, number, string][] = [
      ['', 7, 2, 5, 0, '<c r="B7"><v>5</v></c>'],
      ['', 7, 2, 5, 9, '<c r="B7" s="9"><v>5</v></c>'],
      ['x:', 7, 2, 5, 9, '<x:c r="B7" s="9"><x:v>5</x:v></x:c>'],
      ['', 8, 2, false, 9, '<c r="B8" s="9" t="b"><v>0</v></c>'],
      ['x:', 8, 2, '湖州', 9, '<x:c r="B8" s="9" t="inlineStr"><x:is><x:t>湖州</x:t></x:is></x:c>'],
      [
        '',
        8,
        2,
        ' 湖州',
        9,
        '<c r="B8" s="9" t="inlineStr"><is><t xml:space="preserve"> 湖州</t></is></c>',
      ],
      ['', 8, 2, '湖州', 9, '<c r="B8" s="9" t="inlineStr"><is><t>湖州</t></is></c>'],
      ['', 9, 703, null, 2, '<c r="AAA9" s="2"/>'],
      ['', 9, 703, null, 0, ''],
      ['', 10, 16384, 1.5, 0, '<c r="XFD10"><v>1.5</v></c>'],
    ];
    // Twice over: the second round takes the markup the first one left cached.
    for (let round = 0; round < 2; round++) {
      for (const [prefix, row, col, value, style, xml] of cases) {
        expect(cellXml(prefix, row, col, value, style)).toBe(xml);
      }
    }
  });

  it('escapes attribute values, whitespace included', () => {
    expect(escapeXmlAttribute('a"b<c&d\te\nf')).toBe('a&quot;b&lt;c&amp;d&#9;e&#10;f');
  });
});
