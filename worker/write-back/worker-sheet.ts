import { bilingualHeader, type TableSpec } from '../../shared/contract/tables.ts';
import { DROPDOWNS, listFormula } from '../../shared/contract/dropdowns.ts';
import {
  COLOUR_RULES,
  TRAFFIC_LIGHTS,
  containsFormula,
  ruleText,
} from '../../shared/contract/status-colours.ts';
import { columnLetter } from '../../shared/contract/cell-address.ts';
import { colouredColumns, columnWidth, FORMATTED_ROWS } from '../../shared/contract/plan-layout.ts';
import { cellXml } from './cell-xml.ts';
import type { StyleSheet } from '../xlsx/styles.ts';
import { escapeXmlAttribute, escapeXmlText } from '../xlsx/xml-text.ts';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * A worksheet for a worker table the workbook lacks, laid out as `init` lays it out: the
 * bilingual header in row 1 (frozen), one blank data row, column widths, the Action
 * dropdown and the status colours. Its rows are then written like any other table's.
 */
export function workerSheetXml(
  spec: TableSpec,
  styles: StyleSheet | null,
  tableRelId: string,
): string {
  const headers = spec.columns.map(bilingualHeader);
  const last = columnLetter(headers.length);
  const cols = headers
    .map(
      (h, i) => `<col min="${i + 1}" max="${i + 1}" width="${columnWidth([h])}" customWidth="1"/>`,
    )
    .join('');
  const headerCells = headers.map((h, i) => cellXml('', 1, i + 1, h, 0)).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="A1:${last}1"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData><row r="1">${headerCells}</row></sheetData>` +
    statusColours(spec, styles) +
    dropdowns(spec) +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<tableParts count="1"><tablePart r:id="${tableRelId}"/></tableParts>` +
    '</worksheet>'
  );
}

function dropdowns(spec: TableSpec): string {
  const lists = DROPDOWNS[spec.name];
  if (!lists) return '';
  const items = spec.columns.flatMap((c, i) => {
    const choices = lists[c.key];
    if (!choices) return [];
    const letter = columnLetter(i + 1);
    return [
      `<dataValidation type="list" errorStyle="warning" allowBlank="1" showErrorMessage="1" sqref="${letter}2:${letter}${FORMATTED_ROWS + 1}">` +
        `<formula1>${escapeXmlText(listFormula(choices))}</formula1></dataValidation>`,
    ];
  });
  return items.length === 0
    ? ''
    : `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}

function statusColours(spec: TableSpec, styles: StyleSheet | null): string {
  if (!styles) return '';
  const positions = colouredColumns(spec).map((i) => i + 1);
  if (positions.length === 0) return '';
  const left = columnLetter(Math.min(...positions));
  const right = columnLetter(Math.max(...positions));
  const dxfIds = styles.addDxfs(
    COLOUR_RULES.map((rule) => {
      const c = TRAFFIC_LIGHTS[rule.colour];
      return `<dxf><font><color rgb="FF${c.font}"/></font><fill><patternFill patternType="solid"><bgColor rgb="FF${c.fill}"/></patternFill></fill></dxf>`;
    }),
  );
  const rules = COLOUR_RULES.map((rule, i) => {
    const formula = containsFormula(ruleText(rule), `${left}2`);
    return `<cfRule type="expression" dxfId="${dxfIds[i] ?? 0}" priority="${i + 1}"><formula>${escapeXmlText(formula)}</formula></cfRule>`;
  }).join('');
  return `<conditionalFormatting sqref="${escapeXmlAttribute(`${left}2:${right}${FORMATTED_ROWS + 1}`)}">${rules}</conditionalFormatting>`;
}
