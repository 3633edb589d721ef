import { createHash, timingSafeEqual } from 'node:crypto';

/** How a request's credentials compare with the configured token. */
export type AuthResult = 'ok' | 'missing' | 'wrong' | 'disabled';

function sameSecret(a: string, b: string): boolean {
  // Hash both so the comparison takes the same time whatever the lengths.
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}

/** The credentials a route takes: scripts and the add-in use Bearer; only the dashboard also Basic. */
export type AuthSchemes = 'bearer' | 'bearer-or-basic';

/**
 * Checks an `Authorization` header against the token from the configuration. Scripts
 * and the add-in send `Bearer <token>`; a browser opening the dashboard sends Basic
 * credentials, any user name with the token as password — accepted only where `schemes`
 * says so. Without a configured token the protected routes are off (`disabled`).
 */
export function checkAuthorization(
  header: string | undefined,
  token: string | undefined,
  schemes: AuthSchemes = 'bearer',
): AuthResult {
  if (token === undefined || token === '') return 'disabled';
  if (header === undefined || header.trim() === '') return 'missing';
  const [scheme = '', ...rest] = header.trim().split(/\s+/);
  const credentials = rest.join(' ');
  if (scheme.toLowerCase() === 'bearer') return sameSecret(credentials, token) ? 'ok' : 'wrong';
  if (scheme.toLowerCase() === 'basic' && schemes === 'bearer-or-basic') {
    const decoded = Buffer.from(credentials, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon >= 0 && sameSecret(decoded.slice(colon + 1), token) ? 'ok' : 'wrong';
  }
  return 'wrong';
}
