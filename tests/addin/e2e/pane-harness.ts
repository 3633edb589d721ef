/**
 * What the task-pane end-to-end test runs on: the add-in built with Vite's JS API (once per
 * run), served over HTTP from a temp folder, the office.js URL answered with the test host
 * script (fake Excel over an in-memory workbook), and one headless Debian Chromium.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { REPO_ROOT } from '../../support/run-bin.ts';

export const OFFICE_JS = 'https://appsforoffice.microsoft.com/**';
const CHROMIUM = '/usr/bin/chromium';
/** Quiet Chromium: no first-run, no background fetches (the machine has no network). */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.css': 'text/css',
};

export interface Harness {
  url: string;
  hostScript: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the test host script (fake office.js) into one classic script. */
export async function buildHostScript(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: resolve(REPO_ROOT, 'tests/addin/host/office-host.ts'),
        formats: ['iife'],
        name: 'kpiTestHost',
        fileName: 'office-host',
      },
    },
  });
  const results = Array.isArray(out) ? out : [out];
  for (const r of results) {
    if ('output' in r) {
      for (const o of r.output) if (o.type === 'chunk') return o.code;
    }
  }
  throw new Error('the host script did not build');
}

/** Serves a folder over HTTP on a free port. */
async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(
      join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)),
    );
    if (!path.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    readFile(path).then(
      (body) =>
        res
          .writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
          .end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}` };
}

/** Builds the add-in with the project's Vite config into `outDir`, as `npm run build:addin` does. */
export async function buildAddin(outDir: string): Promise<void> {
  await build({
    configFile: resolve(REPO_ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

/** Debian's headless Chromium, quiet (the machine has no network). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Builds the add-in into `outDir`, starts the server and the browser. */
export async function startHarness(outDir: string): Promise<Harness> {
  const [hostScript] = await Promise.all([buildHostScript(), buildAddin(outDir)]);
  const { server, url } = await serve(outDir);
  const browser = await launchChromium();
  return {
    url,
    hostScript,
    browser,
    close: async () => {
      await browser.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** A task pane page (about the width of Excel's task pane) with office.js answered by the host script. */
export async function openPane(
  h: Harness,
  lang = 'zh-CN',
): Promise<{ page: Page; errors: string[] }> {
  const page = await h.browser.newPage({ viewport: { width: 400, height: 900 }, locale: lang });
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.route(OFFICE_JS, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: h.hostScript }),
  );
  await page.goto(`${h.url}/taskpane.html?lang=${lang}`);
  return { page, errors };
}
