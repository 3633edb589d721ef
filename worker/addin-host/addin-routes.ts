import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { bilingualLine, t } from '../../shared/i18n/messages.ts';
import { deploymentManifest, installationAddinId } from './addin-manifest.ts';
import { packageRoot } from './package-root.ts';
import { servedPaneHtml, type OfficeJsSource } from './pane-page.ts';

export interface AddinHosting {
  /** The URL planners' Excel reaches this service at, e.g. `https://kpi.example.gov.cn/`. */
  publicUrl: string;
  officeJs: OfficeJsSource;
  /** Overrides the id derived from the public URL. */
  addinId?: string | undefined;
  /** The built pane (`npm run build:addin`); the package's `dist/addin/` by default. */
  paneDir?: string;
}

/** The folder of the `@microsoft/office-js` package's scripts. */
function officeJsDir(): string {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@microsoft/office-js/dist/office.js');
  return dirname(entry);
}

/**
 * Serves the task pane under `/addin/` and `GET /manifest.xml` generated for the public URL,
 * so one service is all a bureau deploys: planners add the manifest, Excel loads the pane
 * from the same origin, and the pane's "Check now" calls that origin.
 */
export async function registerAddinRoutes(
  app: FastifyInstance,
  hosting: AddinHosting,
): Promise<void> {
  const root = packageRoot();
  const paneDir = hosting.paneDir ?? join(root, 'dist', 'addin');
  const id = hosting.addinId ?? installationAddinId(hosting.publicUrl);
  const manifest = deploymentManifest(
    await readFile(join(root, 'manifest.xml'), 'utf8'),
    hosting.publicUrl,
    id,
  );

  app.get('/manifest.xml', async (_request, reply) =>
    reply.type('application/xml; charset=utf-8').send(manifest),
  );

  const builtPage = join(paneDir, 'taskpane.html');
  if (!existsSync(builtPage)) {
    // Without a built pane the manifest would point Excel at nothing: say how to build it.
    const message = bilingualLine(t('http.pane_not_built', { dir: paneDir }));
    app.get('/addin/*', async (_request, reply) => reply.code(503).send({ error: message }));
    return;
  }
  const page = servedPaneHtml(await readFile(builtPage, 'utf8'), hosting.officeJs);
  app.get('/addin/taskpane.html', async (_request, reply) =>
    reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(page),
  );
  await app.register(fastifyStatic, { root: paneDir, prefix: '/addin/', index: false });
  if (hosting.officeJs === 'local')
    await app.register(fastifyStatic, {
      root: officeJsDir(),
      prefix: '/addin/office-js/',
      decorateReply: false,
      index: false,
    });
}
