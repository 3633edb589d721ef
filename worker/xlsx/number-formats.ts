import { walkXmlBytes } from './xml-walk.ts';

/**
 * Excel's built-in number formats (ECMA-376 part 1, 18.8.30) that a file names by id
 * alone. Ids 27–36 and 50–58 are the East Asian date and time formats; their codes here
 * are the zh-CN ones, which is what a plan workbook saved in China means by them.
 */
const BUILTIN_CODES: ReadonlyMap<number, string> = new Map([
  [1, '0'],
  [2, '0.00'],
  [3, '#,##0'],
  [4, '#,##0.00'],
  [9, '0%'],
  [10, '0.00%'],
  [11, '0.00E+00'],
  [12, '# ?/?'],
  [13, '# ??/??'],
  [14, 'mm-dd-yy'],
  [15, 'd-mmm-yy'],
  [16, 'd-mmm'],
  [17, 'mmm-yy'],
  [18, 'h:mm AM/PM'],
  [19, 'h:mm:ss AM/PM'],
  [20, 'h:mm'],
  [21, 'h:mm:ss'],
  [22, 'm/d/yy h:mm'],
  [27, 'yyyy"年"m"月"'],
  [28, 'm"月"d"日"'],
  [29, 'm"月"d"日"'],
  [30, 'm-d-yy'],
  [31, 'yyyy"年"m"月"d"日"'],
  [32, 'h"时"mm"分"'],
  [33, 'h"时"mm"分"ss"秒"'],
  [34, '上午/下午h"时"mm"分"'],
  [35, '上午/下午h"时"mm"分"ss"秒"'],
  [36, 'yyyy"年"m"月"'],
  [37, '#,##0 ;(#,##0)'],
  [38, '#,##0 ;[Red](#,##0)'],
  [39, '#,##0.00 ;(#,##0.00)'],
  [40, '#,##0.00 ;[Red](#,##0.00)'],
  [45, 'mm:ss'],
  [46, '[h]:mm:ss'],
  [47, 'mm:ss.0'],
  [48, '##0.0E+0'],
  [49, '@'],
  [50, 'yyyy"年"m"月"'],
  [51, 'm"月"d"日"'],
  [52, 'yyyy"年"m"月"'],
  [53, 'm"月"d"日"'],
  [54, 'm"月"d"日"'],
  [55, '上午/下午h"时"mm"分"'],
  [56, '上午/下午h"时"mm"分"ss"秒"'],
  [57, 'yyyy"年"m"月"'],
  [58, 'm"月"d"日"'],
]);

/**
 * The number format code of every cell format (`<cellXfs>`) of `styles.xml`, by the
 * style index cells carry in `s`: a custom code from `<numFmts>`, a built-in one, or ''
 * for General. Read once per check, streamed.
 */
export function readCellFormats(stylesXml: Uint8Array): string[] {
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  walkXmlBytes(stylesXml, {
    open(local, attributes, depth) {
      if (depth === 1 && local === 'cellXfs') inCellXfs = true;
      else if (local === 'numFmt' && depth === 2) {
        const id = Number(attributes.get('numFmtId'));
        if (Number.isInteger(id)) custom.set(id, attributes.get('formatCode') ?? '');
      } else if (inCellXfs && depth === 2 && local === 'xf')
        ids.push(Number(attributes.get('numFmtId') ?? 0));
    },
    close(local, depth) {
      if (depth === 1 && local === 'cellXfs') inCellXfs = false;
    },
  });
  return ids.map((id) => custom.get(id) ?? BUILTIN_CODES.get(id) ?? '');
}
