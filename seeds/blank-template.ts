/**
 * The `blank` template: the contract tables with no plan in them, only the Settings rows
 * (defaults of docs/architecture.md §4) for the planner to fill in.
 */
import type { WorkbookTemplate } from '../shared/contract/template.ts';
import { settingsRows } from './settings-rows.ts';

/** The name `init --template blank` asks for. */
export const BLANK_TEMPLATE_NAME = 'blank';

/** A fresh blank template: Settings rows only, plan name and region left empty. */
export function blankTemplate(): WorkbookTemplate {
  return {
    name: BLANK_TEMPLATE_NAME,
    indicators: [],
    milestones: [],
    actuals: [],
    settings: settingsRows({ name: null, region: null }),
    recipients: [],
  };
}
