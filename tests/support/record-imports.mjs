// Preloaded with `node --import` into a spawned CLI to list the modules it loads. Plain
// JavaScript: it runs in a process that must not load a TypeScript compiler.
// ES modules are seen by a resolve hook (on the loader thread), CommonJS ones in the
// require cache at exit; both are appended to the file named by KPI_SENTINEL_IMPORTS_FILE.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const file = process.env.KPI_SENTINEL_IMPORTS_FILE;
if (file) {
  register('./record-imports-hooks.mjs', import.meta.url, { data: { file } });
  const require = createRequire(import.meta.url);
  process.on('exit', () => {
    const loaded = Object.keys(require.cache).map((path) => `file://${path}`);
    appendFileSync(file, `${loaded.join('\n')}\n`);
  });
}
