/** Where office.js comes from for a pane served by the worker. */
export type OfficeJsSource = 'cdn' | 'local';

/** The URL every Office add-in loads office.js from. */
export const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** Where the worker serves the `@microsoft/office-js` package's files, relative to the pane. */
export const LOCAL_OFFICE_JS = 'office-js/office.js';

/** Marks a pane the worker served: the pane then uses the worker that served it for "Check now". */
export const SERVED_BY_WORKER_META = '<meta name="kpi-sentinel-worker" content="same-origin" />';

/**
 * The built taskpane.html as the worker serves it: marked as served by the worker and, on
 * networks that cannot reach Microsoft's CDN, loading office.js from the worker itself.
 */
export function servedPaneHtml(html: string, officeJs: OfficeJsSource): string {
  if (!html.includes('</head>')) throw new Error('taskpane.html has no </head>');
  let out = html.replace('</head>', `  ${SERVED_BY_WORKER_META}\n  </head>`);
  if (officeJs === 'local') {
    if (!out.includes(OFFICE_JS_CDN)) throw new Error('taskpane.html does not load office.js');
    out = out.replace(OFFICE_JS_CDN, LOCAL_OFFICE_JS);
  }
  return out;
}
