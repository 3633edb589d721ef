import type { Recipient } from '../../shared/model/recipient.ts';

/** A Recipients row as the reader gives it: everything in scope, warning and up, Chinese, digest by email. */
export function recipient(over: Partial<Recipient> = {}): Recipient {
  return {
    name: '局长',
    email: 'director@example.gov.cn',
    scope: { categories: [], regions: [], owners: [] },
    minSeverity: 'warning',
    language: 'zh-CN',
    purpose: 'digest',
    channel: 'email',
    mobiles: [],
    row: 2,
    ...over,
  };
}
