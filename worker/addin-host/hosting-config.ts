import { readFile } from 'node:fs/promises';
import { bilingualLine, t } from '../../shared/i18n/messages.ts';
import type { ConfigFile } from '../config/config-schema.ts';
import type { AddinHosting } from './addin-routes.ts';

type HttpConfig = NonNullable<ConfigFile['http']>;

/** What the HTTP server needs to serve the pane, or undefined when no public URL is set. */
export function addinHosting(http: HttpConfig): AddinHosting | undefined {
  if (http.publicUrl === undefined) return undefined;
  return { publicUrl: http.publicUrl, officeJs: http.officeJs, addinId: http.addinId };
}

/** The PEM files of `http.tls`, read once at start; an unreadable one stops the start with its name. */
export async function readTls(
  tls: HttpConfig['tls'],
): Promise<{ cert: Buffer; key: Buffer } | undefined> {
  if (tls === undefined) return undefined;
  const read = async (file: string): Promise<Buffer> => {
    try {
      return await readFile(file);
    } catch (err) {
      const reason = err instanceof Error && 'code' in err ? String(err.code) : String(err);
      throw new Error(bilingualLine(t('http.tls_unreadable', { file, reason })), { cause: err });
    }
  };
  return { cert: await read(tls.cert), key: await read(tls.key) };
}
