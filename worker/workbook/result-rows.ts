/** Moved to shared/contract/result-rows.ts (the add-in's local check writes the same rows). */
export { alertRow, statusRow } from '../../shared/contract/result-rows.ts';
