import { describe, expect, it } from 'vitest';
import { StyleSheet } from '../../../worker/xlsx/styles.ts';

const STYLES =
  '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>' +
  '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164" fontId="1" fillId="0" borderId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs>' +
  '<tableStyles count="0"/></styleSheet>';

function read(xml: string): StyleSheet {
  const s = StyleSheet.read(xml);
  if (!s) throw new Error('no styles');
  return s;
}

describe('StyleSheet', () => {
  it('reuses a style the workbook already has for a number format, leaving the part unchanged', () => {
    const styles = read(STYLES);
    expect(styles.styleFor('0.0')).toBe(2);
    expect(styles.formatOf(1)).toBe('0.0');
    expect(styles.changed).toBe(false);
    expect(styles.toXml()).toBe(STYLES);
  });

  it('appends a style (and a custom format) at the end of their lists, so every id in use keeps its meaning', () => {
    const styles = read(STYLES);
    expect(styles.styleFor('@')).toBe(3);
    expect(styles.styleFor('0.000')).toBe(4);
    expect(styles.styleFor('@')).toBe(3);
    const xml = styles.toXml();
    expect(xml).toContain(
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="165" formatCode="0.000"/></numFmts>',
    );
    expect(xml).toContain(
      '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>',
    );
    expect(xml).toContain(
      '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165"',
    );
    expect(read(xml).formatOf(4)).toBe('0.000');
  });

  it('adds differential formats for conditional formatting where the schema wants them', () => {
    const styles = read(STYLES);
    expect(styles.addDxfs(['<dxf><font/></dxf>', '<dxf><fill/></dxf>'])).toEqual([0, 1]);
    const xml = styles.toXml();
    expect(xml).toContain(
      '</cellXfs><dxfs count="2"><dxf><font/></dxf><dxf><fill/></dxf></dxfs><tableStyles',
    );
  });
});
