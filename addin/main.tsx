/**
 * The task pane's entry: wait for office.js, connect to the open workbook, start the
 * session and render. Outside Excel it says so instead.
 */
import { createRoot } from 'react-dom/client';
import { textIn, uiLanguage } from '../shared/i18n/ui-language.ts';
import { connectToExcel } from './excel/excel-gateway.ts';
import { PaneSession } from './session/pane-session.ts';
import { App } from './ui/App.tsx';
import { browserPrefs } from './ui/browser-prefs.ts';

async function main(): Promise<void> {
  const element = document.getElementById('root');
  if (element === null) return;
  const connection = await connectToExcel();
  if (connection === null) {
    element.textContent = textIn(uiLanguage(navigator.language), 'addin.outside_excel');
    return;
  }
  // A pane the worker served (addin/ below its public URL) checks through that worker.
  const servedByWorker = document.querySelector('meta[name="kpi-sentinel-worker"]') !== null;
  const session = new PaneSession({
    servedBy: servedByWorker ? new URL('../', location.href).href : null,
    gateway: connection.gateway,
    workbook: connection.workbook,
    prefs: browserPrefs(),
    fetch: (url, init) => fetch(url, init),
  });
  createRoot(element).render(<App session={session} />);
  await session.start();
}

void main();
