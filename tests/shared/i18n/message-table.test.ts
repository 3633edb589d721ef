import { describe, expect, it } from 'vitest';
import { MESSAGES, t, type MessageKey } from '../../../shared/i18n/messages.ts';
import { ADDIN_MESSAGES } from '../../../shared/i18n/messages/addin.ts';
import { CLI_MESSAGES } from '../../../shared/i18n/messages/cli.ts';
import { CORE_MESSAGES } from '../../../shared/i18n/messages/core.ts';
import { DIGEST_MESSAGES } from '../../../shared/i18n/messages/digest.ts';
import { IMPORT_MESSAGES } from '../../../shared/i18n/messages/import.ts';
import { SERVICE_MESSAGES } from '../../../shared/i18n/messages/service.ts';
import { TOOLING_MESSAGES } from '../../../shared/i18n/messages/tooling.ts';
import { REPORT_MESSAGES } from '../../../shared/i18n/messages/report.ts';
import { REMIND_MESSAGES } from '../../../shared/i18n/messages/remind.ts';

const PARTS = {
  core: CORE_MESSAGES,
  digest: DIGEST_MESSAGES,
  service: SERVICE_MESSAGES,
  addin: ADDIN_MESSAGES,
  cli: CLI_MESSAGES,
  import: IMPORT_MESSAGES,
  tooling: TOOLING_MESSAGES,
  report: REPORT_MESSAGES,
  remind: REMIND_MESSAGES,
};

describe('the message table', () => {
  it('has no key defined in two speaker files (a later file would silently win)', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [part, table] of Object.entries(PARTS)) {
      for (const key of Object.keys(table)) {
        const before = seen.get(key);
        if (before !== undefined) clashes.push(`${key}: ${before} and ${part}`);
        seen.set(key, part);
      }
    }
    expect(clashes).toEqual([]);
    expect(Object.keys(MESSAGES).length).toBe(seen.size);
  });

  it('gives every entry a Chinese and an English text', () => {
    const empty = Object.entries(MESSAGES)
      .filter(([, m]) => m.zh.trim() === '' || m.en.trim() === '')
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });
});

describe('t', () => {
  it('fills every message as a plain replacement of its placeholders would, the same each time', () => {
    const params = { value: '12.5', id: 'K1', first: 3, row: 7 };
    // What filling means: each {name} given a value is replaced, any other left as written.
    const replaced = (template: string): string =>
      template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name as keyof typeof params]) : whole,
      );
    for (const key of Object.keys(MESSAGES) as MessageKey[]) {
      const m = MESSAGES[key];
      const expected = { zh: replaced(m.zh), en: replaced(m.en) };
      expect(t(key, params)).toEqual(expected);
      expect(t(key, params)).toEqual(expected);
    }
  });

  it('keeps a placeholder it was given no value for', () => {
    expect(t('row.at', { row: 7 }).en).toBe(
      '{workbook}, sheet "{sheet}", row 7, column {column}: {detailEn}',
    );
  });
});
