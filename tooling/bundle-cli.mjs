// Bundles the command-line program for `npm run build`: worker/cli/main.ts with all it
// imports into dist/cli/, split where the CLI imports a command's modules lazily, so a
// check loads a dozen files instead of some 300 modules (zod alone is 95 of them, and
// resolving and reading each costs more than compiling it). Plain JavaScript: it runs
// before anything is compiled.
//
// The packages named in INLINE are pure JavaScript and go into the bundle. Every other
// dependency stays in node_modules: native code (@napi-rs/canvas), packages that read
// files beside their own modules (bullmq's Lua scripts, bull-board's pages), and those
// only the queue, the HTTP service, `init` and `import` load (fastify, exceljs …).
// zod is bundled as the mini API the Recipients table's email check uses; its classic API
// (the configuration schema) stays in node_modules, loaded with a configuration file only:
// tree-shaking serves the whole bundle, so bundled it would keep all of zod's core in the
// files every check loads.
// dist/cli/meta.json records which sources went into which file (tests read it).
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const INLINE = [
  'chinese-days',
  'commander',
  'csv-parse',
  'docx',
  'nodemailer',
  'opencc-js',
  'yaml',
  'zod',
];

/** Leaves `import … from 'zod'` (the classic API) to node_modules; `zod/mini` is bundled. */
const classicZodOutside = {
  name: 'classic-zod-outside',
  setup(build) {
    build.onResolve({ filter: /^zod$/ }, () => ({ path: 'zod', external: true }));
  },
};

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const out = `${root}dist/cli`;

rmSync(out, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: ['worker/cli/main.ts'],
  outdir: 'dist/cli',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: Object.keys(pkg.dependencies).filter((name) => !INLINE.includes(name)),
  // Bundled CommonJS packages call require(); an ES module has none of its own.
  banner: {
    js: "import { createRequire as __kpiRequire } from 'node:module'; const require = __kpiRequire(import.meta.url);",
  },
  plugins: [classicZodOutside],
  metafile: true,
  logLevel: 'warning',
});
writeFileSync(`${out}/meta.json`, JSON.stringify(result.metafile));
