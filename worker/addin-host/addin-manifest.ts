import { createHash } from 'node:crypto';

/** The origin every URL of the development manifest (manifest.xml) points at. */
export const DEV_ORIGIN = 'https://localhost:3000';

/** Where a worker serves the task pane, below its public URL. */
export const PANE_PATH = 'addin/';

/** `https://host/kpi` → `https://host/kpi/`: the public URL as a base for relative paths. */
export function publicBase(publicUrl: string): URL {
  const url = new URL(publicUrl);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}

/**
 * A stable add-in id for one installation, derived from its public URL, so every worker
 * behind the same URL serves the same manifest and a re-deploy does not make Office see a
 * new add-in. Formatted as a GUID (version nibble 8: a name-derived id).
 */
export function installationAddinId(publicUrl: string): string {
  const hex = createHash('sha256')
    .update(`kpi-sentinel add-in:${publicBase(publicUrl).href}`)
    .digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `8${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * The development manifest rewritten for a deployment: every pane, icon and support URL
 * moves from the dev server's origin to `<publicUrl>/addin/`, AppDomains names the public
 * origin, and the id becomes the installation's. The development manifest stays the one
 * template, so the two never drift apart.
 */
export function deploymentManifest(template: string, publicUrl: string, id: string): string {
  const base = publicBase(publicUrl);
  const pane = new URL(PANE_PATH, base).href;
  const out = template
    .replace(/<!--[\s\S]*?-->\s*/, '')
    .replace(/<Id>[^<]*<\/Id>/, `<Id>${escapeXml(id)}</Id>`)
    .replace(
      `<AppDomain>${DEV_ORIGIN}</AppDomain>`,
      `<AppDomain>${escapeXml(base.origin)}</AppDomain>`,
    )
    .replaceAll(`${DEV_ORIGIN}/`, escapeXml(pane));
  if (out.includes(DEV_ORIGIN))
    throw new Error(`manifest.xml still names ${DEV_ORIGIN} after rewriting`);
  return out;
}
