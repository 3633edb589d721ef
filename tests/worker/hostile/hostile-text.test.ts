import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBin } from '../../support/run-bin.ts';
import { libreOfficeCsvs, openpyxlTable } from '../../support/other-programs.ts';
import { tempDir } from '../../support/temp-dir.ts';
import { partText, planWith, smallPlan } from './hostile-files.ts';

const dir = tempDir('hostile-text');
const path = join(dir, 'plan.xlsx');
const outbox = join(dir, 'outbox');

/** Names that a spreadsheet would run as formulas if written as typed, or that break markup. */
const INJECTIONS = [
  '=HYPERLINK("http://evil.example","点我")',
  '+86-572-1234567 热线',
  '-3%同比',
  '@SUM(1,2)',
  '<script>alert(1)</script>&nbsp;',
];
/**
 * A name carrying characters XML cannot hold. exceljs reads Excel's escapes (`_x0001_`)
 * back into the raw characters, so that is how such a name reaches the worker.
 */
const CONTROL_NAME = '抽检_x0001_合格率_x0000__xD800_ok';
const CONTROL_CLEAN = '抽检合格率ok';

beforeAll(async () => {
  const [first, second] = smallPlan().indicators;
  const indicators = [
    ...INJECTIONS.map((name, i) => ({ ...first, id: `INJ${i}`, name })),
    { ...second, id: 'CTL', name: CONTROL_NAME },
  ];
  const actuals = [
    ...INJECTIONS.map((_, i) => ({ id: `INJ${i}`, region: '湖州市', period: '2023', value: 41 })),
    { id: 'CTL', region: '湖州市', period: '2023', value: 90 },
  ];
  await planWith(path, { indicators, actuals });
  const r = runBin(['check', path, '--as-of', '2024-03-31', '--outbox', outbox], dir);
  expect(r.code, r.stderr).toBe(0);
}, 120_000);

describe('names that look like formulas or markup', () => {
  it('are written into Alerts and Status as inline text, never as formulas', async () => {
    for (const part of ['xl/worksheets/sheet5.xml', 'xl/worksheets/sheet6.xml']) {
      const xml = await partText(path, part);
      expect(xml, part).not.toContain('<f>');
      expect(xml, part).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&amp;nbsp;');
      expect(xml, part).toContain('>=HYPERLINK("http://evil.example","点我")</t>');
    }
  });

  it('read back in openpyxl as the text they are', () => {
    const names = openpyxlTable(path, 'Status')
      .slice(1)
      .map((r) => r[2]);
    expect(names).toEqual(expect.arrayContaining(INJECTIONS));
    const alerts = openpyxlTable(path, 'Alerts')
      .slice(1)
      .map((r) => r[5]);
    expect(alerts).toEqual(
      expect.arrayContaining(['=HYPERLINK("http://evil.example","点我")', '@SUM(1,2)']),
    );
  });

  it('show in LibreOffice as text, not as computed results', () => {
    const status =
      [...libreOfficeCsvs(path, dir)].find(([name]) => name.includes('Status'))?.[1] ?? '';
    expect(status).toContain('"=HYPERLINK(""http://evil.example"",""点我"")"');
    expect(status).toContain('@SUM(1,2)');
    expect(status).not.toMatch(/^INJ3,[^,]*,3,/m);
  });

  it('are escaped in the HTML digest', () => {
    const html = readdirSync(outbox)
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(join(outbox, f), 'utf8'))
      .join('\n');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&amp;nbsp;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('=HYPERLINK(&quot;http://evil.example&quot;,&quot;点我&quot;)');
  });
});

/** C0 controls other than tab, LF and CR: what no XML 1.0 part may hold. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const XML_INVALID_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

describe('characters XML cannot hold', () => {
  it('are left out of the sheets the worker writes, which stay well-formed', async () => {
    const xml = await partText(path, 'xl/worksheets/sheet6.xml');
    expect(xml).toContain(`>${CONTROL_CLEAN}</t>`);
    expect(xml).not.toMatch(XML_INVALID_CONTROL);
    const names = openpyxlTable(path, 'Status')
      .slice(1)
      .map((r) => r[2]);
    expect(names).toContain(CONTROL_CLEAN);
  });

  it('are left out of the HTML digest', () => {
    const html = readdirSync(outbox)
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(join(outbox, f), 'utf8'))
      .join('\n');
    expect(html).toContain('抽检');
    expect(html).not.toMatch(XML_INVALID_CONTROL);
  });
});
