/**
 * Workbooks and files as the worker meets them in the wild — broken, old, hostile — made
 * for the hostile-input tests. Valid workbooks come from `init`; the damage is done with
 * JSZip and plain byte edits, independently of the worker's own package code.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { crc32, createDeflateRaw } from 'node:zlib';
import JSZip from 'jszip';
import type { TemplateRow, WorkbookTemplate } from '../../../shared/contract/template.ts';
import { settingsRows } from '../../../seeds/settings-rows.ts';
import { initWorkbook } from '../../../worker/workbook/init-workbook.ts';

/** A small plan: two indicators reported for 2023 by the plan's region, and one recipient. */
export function smallPlan(over: Partial<WorkbookTemplate> = {}): WorkbookTemplate {
  return {
    name: '测试计划',
    indicators: [
      {
        id: 'HZ01',
        category: '营商环境',
        name: '在册市场主体总量',
        unit: '万户',
        kind: '预期性',
        aggregation: '存量 level',
        direction: '越高越好',
        baselineYear: 2020,
        baseline: 40,
        targetYear: 2025,
        target: 60,
      },
      {
        id: 'HZ02',
        category: '市场安全',
        name: '食品评价性抽检合格率',
        unit: '%',
        kind: '约束性',
        aggregation: '阈值 threshold',
        direction: '越高越好',
        targetYear: 2025,
        target: '98.5%以上',
      },
    ],
    milestones: [],
    actuals: [
      { id: 'HZ01', region: '湖州市', period: '2023', value: 45 },
      { id: 'HZ02', region: '湖州市', period: '2023', value: 97.9 },
    ],
    settings: settingsRows({ name: '测试计划', region: '湖州市' }),
    recipients: [
      {
        name: '局长',
        email: 'juzhang@example.gov.cn',
        scope: '',
        minSeverity: '提示 info',
        language: 'zh-CN',
      },
    ],
    ...over,
  };
}

/** Writes the small plan (or `template`) with `rows` replacing one table's rows. */
export async function planWith(
  path: string,
  rows: Partial<Record<'indicators' | 'actuals' | 'milestones', TemplateRow[]>> = {},
): Promise<void> {
  await initWorkbook(path, smallPlan(rows));
}

/** Replaces (or adds) parts of a package. */
export async function withParts(
  path: string,
  parts: Record<string, string | Buffer>,
): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/** A part's text. */
export async function partText(path: string, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return (await zip.file(name)?.async('string')) ?? '';
}

/** The start of an OLE2 compound file (old .xls; Excel's wrapper around an encrypted .xlsx). */
export function ole2File(encrypted: boolean): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const directory = Buffer.alloc(512);
  Buffer.from(encrypted ? 'EncryptionInfo' : 'Workbook', 'utf16le').copy(directory);
  return Buffer.concat([header, directory]);
}

/** Raw deflate of `bytes` zero bytes, made a megabyte at a time (never all in memory). */
export async function deflatedZeros(bytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const mb = Buffer.alloc(1024 * 1024);
  for (let left = bytes; left > 0; left -= mb.length) {
    if (!deflate.write(left >= mb.length ? mb : mb.subarray(0, left)))
      await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return Buffer.concat(chunks);
}

/**
 * A ZIP holding one stored entry of raw deflate data, declaring `declared` unpacked bytes
 * (the truth, or a lie), and the valid parts of `base` around it.
 */
export async function zipWithBomb(
  base: string,
  path: string,
  deflated: Buffer,
  declared: number,
): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(base));
  const names = Object.keys(zip.files);
  const entries: { name: string; data: Buffer }[] = [];
  for (const name of names) {
    const file = zip.file(name);
    if (file) entries.push({ name, data: await file.async('nodebuffer') });
  }
  // Build the archive by hand: JSZip cannot write an entry that lies about its size.
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const add = (name: string, data: Buffer, method: number, crc: number, size: number): void => {
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(n.length, 26);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(n.length, 28);
    cd.writeUInt32LE(offset, 42);
    parts.push(local, n, data);
    central.push(cd, n);
    offset += 30 + n.length + data.length;
  };
  for (const e of entries) add(e.name, e.data, 0, crc32(e.data), e.data.length);
  add('xl/media/bomb.bin', deflated, 8, 0, declared);
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length + 1, 8);
  end.writeUInt16LE(entries.length + 1, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(path, Buffer.concat([...parts, cd, end]));
}

/** Worksheet XML with `rows` rows of a number (and `text`, when given), its dimension saying `dimension`. */
export function sheetWithRows(rows: number, dimension: string, text = ''): string {
  const body: string[] = [];
  const second = (r: number): string =>
    text === '' ? '' : `<c r="B${r}" t="inlineStr"><is><t>${text}</t></is></c>`;
  for (let r = 1; r <= rows; r++)
    body.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c>${second(r)}</row>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="${dimension}"/><sheetData>${body.join('')}</sheetData></worksheet>`;
}
