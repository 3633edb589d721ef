#!/usr/bin/env node
// Runs the bundled CLI in dist/cli/, built from the TypeScript sources by `npm run build`
// (which `npm install` and `npm ci` run through the `prepare` script).
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write(
    'kpi-sentinel: 未找到编译后的命令行程序，请在项目文件夹中运行 npm run build。\n' +
      'kpi-sentinel: the compiled CLI is missing: run `npm run build` in the project folder.\n',
  );
  process.exit(1);
}
// The digest's chart registers its Chinese font by path (worker/digest/cjk-font.ts), so the
// canvas library need not scan every font on the system when it loads (some 20 ms a run).
process.env.DISABLE_SYSTEM_FONTS_LOAD ??= '1';
const cli = await import(main.href);
process.exitCode = await cli.main(process.argv.slice(2));
