/** Query parameters of robot webhooks that carry credentials. */
const SECRET_PARAMS = ['access_token', 'key', 'sign'];

/**
 * A webhook URL fit for a log line or an error: the access token, key and signature are
 * replaced by `***`. Anything that does not parse as a URL is hidden whole.
 */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    for (const name of SECRET_PARAMS) {
      if (parsed.searchParams.has(name)) parsed.searchParams.set(name, '***');
    }
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString().replace(/%2A%2A%2A/g, '***');
  } catch {
    return '***';
  }
}

/** Text with every secret in it replaced by `***` (a service may echo what it was sent). */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join('***');
  }
  return out;
}
