/** Moved to shared/contract/cell-address.ts (the add-in needs it too); kept so worker imports stay short. */
export { columnLetter, columnNumber, formatRange, parseRange, type CellRange } from '../../shared/contract/cell-address.ts';
