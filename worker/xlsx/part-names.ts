/**
 * Part names inside an OPC package (the .xlsx container) and the relationship targets
 * that point at them. Part names here carry no leading slash, as in the ZIP.
 */

/** The folder of a part: `xl/worksheets/sheet1.xml` → `xl/worksheets`. */
export function partFolder(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i);
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; '' → `_rels/.rels`. */
export function relsPartOf(part: string): string {
  const folder = partFolder(part);
  const file = part.slice(folder === '' ? 0 : folder.length + 1);
  return `${folder === '' ? '' : `${folder}/`}_rels/${file}.rels`;
}

/**
 * Resolves a relationship target against the part that holds the relationship:
 * relative to that part's folder, or from the package root when it starts with `/`.
 * Percent-escapes are decoded, `.` and `..` segments folded.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const decoded = safeDecode(target);
  const base = decoded.startsWith('/')
    ? []
    : partFolder(sourcePart)
        .split('/')
        .filter((s) => s !== '');
  const segments = [...base];
  for (const seg of decoded.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') segments.pop();
    else segments.push(seg);
  }
  return segments.join('/');
}

/** The target to write in `sourcePart`'s relationships for `targetPart`, relative as Excel writes it (`../tables/table1.xml`). */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = partFolder(sourcePart)
    .split('/')
    .filter((s) => s !== '');
  const to = targetPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
