/**
 * The templates `init --template <name>` builds workbooks from, by name. Each entry makes a
 * fresh copy, so one caller's edits never leak into another's workbook.
 */
import type { WorkbookTemplate } from '../shared/contract/template.ts';
import { blankTemplate } from './blank-template.ts';
import { huzhouTemplate } from './huzhou-template.ts';

/** The names `init --template` accepts. */
export type TemplateName = 'blank' | 'huzhou-14th-fyp';

/** Template factories by name. */
export const TEMPLATES: Record<TemplateName, () => WorkbookTemplate> = {
  blank: blankTemplate,
  'huzhou-14th-fyp': huzhouTemplate,
};
