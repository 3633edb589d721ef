/**
 * The Excel add-in's task pane (addin/), built with Vite: `npm run build:addin` writes
 * dist/addin/, `npm run dev-server` serves it at https://localhost:3000 (the origin in
 * manifest.xml) with Office's localhost developer certificate.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { getHttpsServerOptions } from 'office-addin-dev-certs';
import { defineConfig, type ServerOptions } from 'vite';

const root = fileURLToPath(new URL('./addin', import.meta.url));
const PORT = 3000;

/**
 * HTTPS with office-addin-dev-certs' localhost certificate (created and trusted on first
 * use); when that fails, plain HTTP with a message saying why Excel will not load it.
 */
async function httpsOptions(): Promise<ServerOptions['https']> {
  try {
    const { ca, cert, key } = await getHttpsServerOptions();
    return { ca, cert, key };
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    console.warn(
      [
        '',
        `kpi-sentinel: 无法使用本机开发证书（${reason}）。`,
        `  现以 http://localhost:${PORT} 提供任务窗格；Excel 只加载 https 页面：请运行 npx office-addin-dev-certs install 后重新启动。`,
        `kpi-sentinel: the localhost developer certificate is not available (${reason}).`,
        `  Serving the task pane over http://localhost:${PORT} instead; Excel only loads https pages:`,
        '  run `npx office-addin-dev-certs install`, then start again.',
        '',
      ].join('\n'),
    );
    return undefined;
  }
}

export default defineConfig(async ({ command }) => {
  const https = command === 'serve' ? await httpsOptions() : undefined;
  return {
    root,
    // Relative asset URLs: the same build runs at the dev server's root and under a worker's /addin/.
    base: './',
    publicDir: 'public',
    plugins: [react()],
    build: {
      outDir: fileURLToPath(new URL('./dist/addin', import.meta.url)),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2048,
      rolldownOptions: { input: { taskpane: `${root}/taskpane.html` } },
    },
    server: { port: PORT, strictPort: true, ...(https ? { https } : {}) },
    preview: { port: PORT, strictPort: true, ...(https ? { https } : {}) },
  };
});
