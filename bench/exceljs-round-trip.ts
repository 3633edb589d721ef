/**
 * What a user could write instead of a check, as a process of its own: exceljs loads the
 * workbook and saves it under another name.
 * Usage: `node dist/node/bench/exceljs-round-trip.js <in.xlsx> <out.xlsx>`.
 */
import ExcelJS from 'exceljs';

const [input = '', output = ''] = process.argv.slice(2);
const workbook = new ExcelJS.Workbook();
await workbook.xlsx.readFile(input);
await workbook.xlsx.writeFile(output);
