/**
 * The evaluation table as a Word document laid out like a Chinese government document:
 * A4 landscape (the table is wide), title in 小标宋, body in 仿宋, the table's header row
 * repeated on every page, footnote numbers as superscripts after the figures.
 */
import {
  AlignmentType,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { t } from '../../shared/i18n/messages.ts';
import type { EvaluationTable, IndicatorRow } from '../../shared/report/evaluation-table.ts';
import type { LineRow } from '../../shared/report/line-rows.ts';
import {
  BODY_FONT,
  fontTableEntries,
  HEADING_FONT,
  LATIN_FONT,
  TITLE_FONT,
  type DocFont,
} from './report-fonts.ts';

/**
 * Marked Chinese (zh-CN), so where the named font is missing LibreOffice falls back to a
 * Simplified Chinese face (Noto Sans/Serif CJK SC), not the Japanese one of the same file.
 */
const CHINESE = { value: 'zh-CN', eastAsia: 'zh-CN' };

/** Room above and below the text of a table cell (twips), so rows do not crowd. */
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

/** A4 in twentieths of a point. */
const A4 = { width: 11906, height: 16838 };
/** 2.5 cm margins: the table keeps most of the page. */
const MARGIN = 1418;
/** Half-points: 二号 22 pt title, 三号 16 pt text, 五号 10.5 pt table. */
const SIZE = { title: 44, text: 32, table: 21, note: 21 };
/** Main table column shares of the width (序号 … 预期结果). */
const MAIN_COLUMNS = [5, 19, 7, 7, 10, 14, 26, 12];
const LINE_COLUMNS = [5, 27, 14, 16, 18, 20];
/** The width between the margins of a landscape A4 page. */
const TEXT_WIDTH = A4.height - 2 * MARGIN;

/** Column shares (of 100) as fixed widths in twips: Word and LibreOffice lay them out alike. */
function twips(shares: readonly number[]): number[] {
  return shares.map((s) => Math.floor((TEXT_WIDTH * s) / 100));
}

function fonts(f: DocFont): IRunOptions['font'] {
  return { ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia: f.name, hint: 'eastAsia' };
}

function run(text: string, f: DocFont, size: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font: fonts(f), size, language: CHINESE, ...extra });
}

function cell(children: TextRun[], width: number, header = false, center = true): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: center ? AlignmentType.CENTER : AlignmentType.LEFT,
        children,
      }),
    ],
    width: { size: Math.floor((TEXT_WIDTH * width) / 100), type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: CELL_MARGINS,
    ...(header ? { shading: { fill: 'E7E6E6' } } : {}),
  });
}

function textCell(text: string, width: number, center = true): TableCell {
  return cell([run(text, BODY_FONT, SIZE.table)], width, false, center);
}

function headerRow(headings: readonly string[], widths: readonly number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headings.map((h, i) =>
      cell([run(h, HEADING_FONT, SIZE.table)], widths[i] ?? 10, true),
    ),
  });
}

function progressRuns(row: IndicatorRow): TextRun[] {
  // Marks 1 and 3 read `1,3`, never `13`.
  const marks = row.notes.join(',');
  return [
    run(row.progress, BODY_FONT, SIZE.table),
    ...(marks === '' ? [] : [run(marks, BODY_FONT, SIZE.table, { superScript: true })]),
  ];
}

function indicatorRow(r: IndicatorRow): TableRow {
  const w = MAIN_COLUMNS;
  return new TableRow({
    cantSplit: true,
    children: [
      textCell(String(r.no), w[0] ?? 5),
      textCell(r.name, w[1] ?? 20, false),
      textCell(r.kind, w[2] ?? 7),
      textCell(r.baseline, w[3] ?? 9),
      textCell(r.target, w[4] ?? 9),
      cell(progressRuns(r), w[5] ?? 13),
      textCell(r.completion, w[6] ?? 20, false),
      cell(
        [
          run(r.outcomeText, BODY_FONT, SIZE.table, {
            bold: r.outcome !== 'on_schedule' && r.outcome !== 'achieved',
          }),
        ],
        w[7] ?? 11,
      ),
    ],
  });
}

function lineRow(l: LineRow): TableRow {
  const w = LINE_COLUMNS;
  return new TableRow({
    cantSplit: true,
    children: [
      textCell(String(l.no), w[0] ?? 5),
      textCell(l.name, w[1] ?? 20, false),
      textCell(l.line, w[2] ?? 10),
      textCell(l.latest, w[3] ?? 10),
      textCell(l.holdText, w[4] ?? 10),
      textCell(l.regionsBreached, w[5] ?? 10),
    ],
  });
}

function paragraph(text: string, f: DocFont, size: number, center = false): Paragraph {
  return new Paragraph({
    alignment: center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    ...(center ? {} : { indent: { firstLine: size * 20 } }),
    spacing: { after: 120, line: 400 },
    children: [run(text, f, size)],
  });
}

/** The document's parts, in reading order. */
function body(table: EvaluationTable): (Paragraph | Table)[] {
  const mainRows: TableRow[] = [headerRow(table.headings, MAIN_COLUMNS)];
  for (const g of table.groups) {
    mainRows.push(
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            columnSpan: MAIN_COLUMNS.length,
            children: [new Paragraph({ children: [run(g.label, HEADING_FONT, SIZE.table)] })],
          }),
        ],
      }),
    );
    for (const r of g.rows) mainRows.push(indicatorRow(r));
  }
  const parts: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [run(table.title, TITLE_FONT, SIZE.title)],
    }),
    paragraph(table.asOfLine, BODY_FONT, SIZE.text, true),
    paragraph(table.summary, BODY_FONT, SIZE.text),
    new Table({
      rows: mainRows,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: twips(MAIN_COLUMNS),
      layout: TableLayoutType.FIXED,
    }),
  ];
  if (table.lines.length > 0)
    parts.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: 360, after: 120 },
        children: [run(table.linesTitle, HEADING_FONT, SIZE.text)],
      }),
      new Table({
        rows: [headerRow(table.lineHeadings, LINE_COLUMNS), ...table.lines.map(lineRow)],
        width: { size: TEXT_WIDTH, type: WidthType.DXA },
        columnWidths: twips(LINE_COLUMNS),
        layout: TableLayoutType.FIXED,
      }),
    );
  if (table.notes.length > 0) {
    parts.push(
      new Paragraph({
        spacing: { before: 240 },
        children: [run(t('report.notes.title').zh, BODY_FONT, SIZE.note)],
      }),
    );
    table.notes.forEach((text, i) => {
      parts.push(
        new Paragraph({
          children: [
            run(String(i + 1), BODY_FONT, SIZE.note, { superScript: true }),
            run(text, BODY_FONT, SIZE.note),
          ],
        }),
      );
    });
  }
  return parts;
}

/** Adds the documents' fonts to the font table, each with the name Word falls back to. */
function withFontTable(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const path = 'word/fontTable.xml';
  const table = files[path];
  if (table === undefined) return docx;
  const entries = fontTableEntries([TITLE_FONT, HEADING_FONT, BODY_FONT]);
  // The library writes an empty table as one self-closing element.
  const xml = strFromU8(table).replace(/<w:fonts([^>]*)\/>/, '<w:fonts$1></w:fonts>');
  const at = xml.lastIndexOf('</w:fonts>');
  if (at < 0) return docx;
  files[path] = strToU8(xml.slice(0, at) + entries + xml.slice(at));
  return zipSync(files);
}

/** The evaluation table as .docx bytes. */
export async function docxReport(table: EvaluationTable): Promise<Uint8Array> {
  const doc = new Document({
    title: table.title,
    creator: 'kpi-sentinel',
    styles: {
      default: {
        document: { run: { font: fonts(BODY_FONT), size: SIZE.table, language: CHINESE } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children: body(table),
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return withFontTable(new Uint8Array(buffer));
}
