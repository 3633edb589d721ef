/**
 * The fixture workbook of issue 4: a plan workbook made by `init`, to which hand-written
 * OOXML parts add everything a planner's file may carry and exceljs would drop — a chart,
 * an image, a sparkline group, a pivot table with its cache, comments (with their VML),
 * conditional formatting and data validation on a planner sheet, defined names, a custom
 * XML part and the add-in's task-pane web extension with its saved settings. Built with
 * JSZip, independently of the writer under test.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import type { WorkbookTemplate } from '../../../shared/contract/template.ts';
import { initWorkbook } from '../../../worker/workbook/init-workbook.ts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The settings the add-in saves in its web extension part; must survive every check. */
export const ADDIN_SETTING = '{"plan":"湖州市场监管十四五","pane":"status"}';
/** The defined name the fixture adds. */
export const DEFINED_NAME = '目标区';

function rels(items: [id: string, type: string, target: string][]): string {
  const body = items
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join('');
  return `${DECL}<Relationships xmlns="${PKG_REL}">${body}</Relationships>`;
}

function insertBefore(xml: string, marker: string, text: string): string {
  const at = xml.indexOf(marker);
  if (at < 0) throw new Error(`fixture: no ${marker}`);
  return xml.slice(0, at) + text + xml.slice(at);
}

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`fixture: no part ${name}`);
  return file.async('string');
}

function png(): Buffer {
  const image = new PNG({ width: 4, height: 4 });
  for (let i = 0; i < image.data.length; i += 4) image.data.set([0x1f, 0x4e, 0x79, 0xff], i);
  return PNG.sync.write(image);
}

const CHART = `${DECL}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:chart><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>基期值 Baseline</c:v></c:tx><c:cat><c:strRef><c:f>'指标 Indicators'!$C$2:$C$4</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'指标 Indicators'!$I$2:$I$4</c:f></c:numRef></c:val></c:ser><c:axId val="101"/><c:axId val="102"/></c:barChart><c:catAx><c:axId val="101"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="102"/></c:catAx><c:valAx><c:axId val="102"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="101"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

function anchor(
  fromCol: number,
  fromRow: number,
  toCol: number,
  toRow: number,
  body: string,
): string {
  const at = (c: number, r: number) =>
    `<xdr:col>${c}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return `<xdr:twoCellAnchor><xdr:from>${at(fromCol, fromRow)}</xdr:from><xdr:to>${at(toCol, toRow)}</xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;
}

const DRAWING =
  `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
  anchor(
    20,
    1,
    27,
    15,
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame>`,
  ) +
  anchor(
    20,
    16,
    22,
    20,
    `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Picture 2" descr="局徽"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="${REL}" r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`,
  ) +
  '</xdr:wsDr>';

const COMMENTS = `${DECL}<comments xmlns="${MAIN}"><authors><author>规划财务处</author></authors><commentList><comment ref="C2" authorId="0"><text><r><t xml:space="preserve">口径以年度统计公报为准</t></r></text></comment></commentList></comments>`;

const VML =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
  '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
  '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>3, 15, 1, 2, 5, 31, 5, 1</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>1</x:Row><x:Column>2</x:Column></x:ClientData></v:shape></xml>';

const SPARKLINES =
  '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
  '<x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap">' +
  '<x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/><x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/>' +
  "<x14:sparklines><x14:sparkline><xm:f>'指标 Indicators'!I2:K2</xm:f><xm:sqref>T2</xm:sqref></x14:sparkline></x14:sparklines>" +
  '</x14:sparklineGroup></x14:sparklineGroups></ext></extLst>';

const PIVOT_CACHE = `${DECL}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="1" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="透视源 PivotSource"/></cacheSource><cacheFields count="2"><cacheField name="地区" numFmtId="0"><sharedItems count="2"><s v="湖州市"/><s v="吴兴区"/></sharedItems></cacheField><cacheField name="数值" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="3" maxValue="5"/></cacheField></cacheFields></pivotCacheDefinition>`;
const PIVOT_RECORDS = `${DECL}<pivotCacheRecords xmlns="${MAIN}" xmlns:r="${REL}" count="2"><r><x v="0"/><n v="3"/></r><r><x v="1"/><n v="5"/></r></pivotCacheRecords>`;
const PIVOT_TABLE = `${DECL}<pivotTableDefinition xmlns="${MAIN}" name="数据透视表1" cacheId="7" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="值" updatedVersion="6" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0"><location ref="D1:E4" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="1"/><item x="0"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="求和项:数值" fld="1" baseField="0" baseItem="0"/></dataFields><pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>`;

function inline(ref: string, value: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${value}</t></is></c>`;
}

const PIVOT_SHEET =
  `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:E4"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>` +
  `<row r="1">${inline('A1', '地区')}${inline('B1', '数值')}${inline('D1', '行标签')}${inline('E1', '求和项:数值')}</row>` +
  `<row r="2">${inline('A2', '湖州市')}<c r="B2"><v>3</v></c>${inline('D2', '吴兴区')}<c r="E2"><v>5</v></c></row>` +
  `<row r="3">${inline('A3', '吴兴区')}<c r="B3"><v>5</v></c>${inline('D3', '湖州市')}<c r="E3"><v>3</v></c></row>` +
  `<row r="4">${inline('D4', '总计')}<c r="E4"><v>8</v></c></row>` +
  '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';

const CUSTOM_XML = `${DECL}<kpiPlan xmlns="urn:kpi-sentinel:test"><plan>湖州市场监管十四五</plan></kpiPlan>`;
const CUSTOM_PROPS = `${DECL}<ds:datastoreItem ds:itemID="{6E2D3C52-0C7B-4A3E-9C4D-2B1F6A0B9E11}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="urn:kpi-sentinel:test"/></ds:schemaRefs></ds:datastoreItem>`;

const TASKPANES = `${DECL}<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="1" width="350" row="4"><wetp:webextensionref xmlns:r="${REL}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`;
function webExtension(): string {
  const value = JSON.stringify(ADDIN_SETTING).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `${DECL}<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{52811C31-4593-43B8-A697-EB873422D156}"><we:reference id="wa200000000" version="1.0.0.0" store="zh-CN" storeType="OMEX"/><we:alternateReferences/><we:properties><we:property name="kpiSentinel.settings" value="${value}"/></we:properties><we:bindings/><we:snapshot xmlns:r="${REL}"/></we:webextension>`;
}

const OVERRIDES: [part: string, type: string][] = [
  ['/xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'],
  ['/xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml'],
  ['/xl/comments1.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml'],
  [
    '/xl/worksheets/sheet7.xml',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  ],
  [
    '/xl/pivotTables/pivotTable1.xml',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml',
  ],
  [
    '/xl/pivotCache/pivotCacheDefinition1.xml',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml',
  ],
  [
    '/xl/pivotCache/pivotCacheRecords1.xml',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml',
  ],
  [
    '/customXml/itemProps1.xml',
    'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
  ],
  ['/xl/webextensions/taskpanes.xml', 'application/vnd.ms-office.webextensiontaskpanes+xml'],
  ['/xl/webextensions/webextension1.xml', 'application/vnd.ms-office.webextension+xml'],
];

/** Options for variants of the fixture. */
export interface RichOptions {
  /** Add a VBA project and make it an .xlsm (macros kept, never run). */
  macros?: Buffer;
}

/**
 * Writes the rich fixture workbook to `path` from `template`. The Indicators sheet gets
 * the chart, image, comment, sparkline and a conditional format; a new sheet holds a
 * pivot table over a small source range.
 */
export async function writeRichWorkbook(
  path: string,
  template: WorkbookTemplate,
  options: RichOptions = {},
): Promise<void> {
  await initWorkbook(path, template);
  const zip = await JSZip.loadAsync(readFileSync(path));

  let sheet1 = await text(zip, 'xl/worksheets/sheet1.xml');
  sheet1 = insertBefore(
    sheet1,
    '<dataValidations',
    `<conditionalFormatting sqref="I2:I200"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>`,
  );
  sheet1 = insertBefore(
    sheet1,
    '<tableParts',
    '<drawing r:id="rId2"/><legacyDrawing r:id="rId4"/>',
  );
  sheet1 = insertBefore(sheet1, '</worksheet>', SPARKLINES);
  zip.file('xl/worksheets/sheet1.xml', sheet1);
  const sheet1Rels = await text(zip, 'xl/worksheets/_rels/sheet1.xml.rels');
  zip.file(
    'xl/worksheets/_rels/sheet1.xml.rels',
    insertBefore(
      sheet1Rels,
      '</Relationships>',
      `<Relationship Id="rId2" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/><Relationship Id="rId3" Type="${REL}/comments" Target="../comments1.xml"/><Relationship Id="rId4" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>`,
    ),
  );
  zip.file('xl/drawings/drawing1.xml', DRAWING);
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    rels([
      ['rId1', `${REL}/chart`, '../charts/chart1.xml'],
      ['rId2', `${REL}/image`, '../media/image1.png'],
    ]),
  );
  zip.file('xl/charts/chart1.xml', CHART);
  zip.file('xl/media/image1.png', png());
  zip.file('xl/comments1.xml', COMMENTS);
  zip.file('xl/drawings/vmlDrawing1.vml', VML);

  zip.file('xl/worksheets/sheet7.xml', PIVOT_SHEET);
  zip.file(
    'xl/worksheets/_rels/sheet7.xml.rels',
    rels([['rId1', `${REL}/pivotTable`, '../pivotTables/pivotTable1.xml']]),
  );
  zip.file('xl/pivotTables/pivotTable1.xml', PIVOT_TABLE);
  zip.file(
    'xl/pivotTables/_rels/pivotTable1.xml.rels',
    rels([['rId1', `${REL}/pivotCacheDefinition`, '../pivotCache/pivotCacheDefinition1.xml']]),
  );
  zip.file('xl/pivotCache/pivotCacheDefinition1.xml', PIVOT_CACHE);
  zip.file(
    'xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels',
    rels([['rId1', `${REL}/pivotCacheRecords`, 'pivotCacheRecords1.xml']]),
  );
  zip.file('xl/pivotCache/pivotCacheRecords1.xml', PIVOT_RECORDS);

  zip.file('customXml/item1.xml', CUSTOM_XML);
  zip.file('customXml/itemProps1.xml', CUSTOM_PROPS);
  zip.file(
    'customXml/_rels/item1.xml.rels',
    rels([['rId1', `${REL}/customXmlProps`, 'itemProps1.xml']]),
  );

  zip.file('xl/webextensions/taskpanes.xml', TASKPANES);
  zip.file('xl/webextensions/webextension1.xml', webExtension());
  zip.file(
    'xl/webextensions/_rels/taskpanes.xml.rels',
    rels([
      [
        'rId1',
        'http://schemas.microsoft.com/office/2011/relationships/webextension',
        'webextension1.xml',
      ],
    ]),
  );
  const rootRels = await text(zip, '_rels/.rels');
  zip.file(
    '_rels/.rels',
    insertBefore(
      rootRels,
      '</Relationships>',
      '<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/>',
    ),
  );

  let workbook = await text(zip, 'xl/workbook.xml');
  workbook = insertBefore(
    workbook,
    '</sheets>',
    '<sheet name="透视源 PivotSource" sheetId="7" r:id="rId90"/>',
  );
  workbook = insertBefore(
    workbook,
    '<calcPr',
    `<definedNames><definedName name="${DEFINED_NAME}">'指标 Indicators'!$K$2:$K$24</definedName></definedNames>`,
  );
  workbook = insertBefore(
    workbook,
    '</workbook>',
    '<pivotCaches><pivotCache cacheId="7" r:id="rId91"/></pivotCaches>',
  );
  zip.file('xl/workbook.xml', workbook);
  const wbRels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const more = [
    `<Relationship Id="rId90" Type="${REL}/worksheet" Target="worksheets/sheet7.xml"/>`,
    `<Relationship Id="rId91" Type="${REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/>`,
    `<Relationship Id="rId92" Type="${REL}/customXml" Target="../customXml/item1.xml"/>`,
  ];
  let types = await text(zip, '[Content_Types].xml');
  types = insertBefore(
    types,
    '</Types>',
    '<Default Extension="png" ContentType="image/png"/>' +
      OVERRIDES.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join(''),
  );
  if (options.macros) {
    zip.file('xl/vbaProject.bin', options.macros);
    more.push(
      '<Relationship Id="rId93" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>',
    );
    types = types
      .replace('spreadsheetml.sheet.main+xml', 'PLACEHOLDER')
      .replace(
        'application/vnd.openxmlformats-officedocument.PLACEHOLDER',
        'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
      );
    types = insertBefore(
      types,
      '</Types>',
      '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>',
    );
  }
  zip.file('xl/_rels/workbook.xml.rels', insertBefore(wbRels, '</Relationships>', more.join('')));
  zip.file('[Content_Types].xml', types);
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/** Every part's decompressed content, by name (directory entries left out). */
export async function partContents(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files))
    if (!file.dir) out.set(name, await file.async('nodebuffer'));
  return out;
}
