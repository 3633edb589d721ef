/** What a hidden secret is shown as. */
export const REDACTED = '***';

// `scheme://user:password@host` and `scheme://token@host`: everything between `//` and `@`
// after the user name is secret (the user name alone helps an operator and is kept).
const URL_USERINFO = /([a-z][a-z0-9+.-]*:\/\/)([^/\s@:"'<>]*)(?::([^/\s@"'<>]*))?@/gi;

// `password: x`, `"token": "x"`, `access_token=x` (DingTalk robots), `secret=x`, `key=x`
// (WeCom robots), `pass`, `passwd`, `apiKey` — in JSON, YAML, query strings and prose.
const NAMED_SECRET =
  /(["']?\b(?:password|passwd|pass|token|access_token|secret|api_?key|key|sign)["']?\s*[:=]\s*["']?)([^"'\s,&;}{\]]+)/gi;

/**
 * Hides every secret in a text that may echo a configuration value — validation
 * messages, YAML and JSON syntax errors, log lines: the password (or token) of a URL's
 * user info and the value of any `password`, `token`, `secret`, `key`, `access_token`
 * field. The one place secrets are redacted; anything that prints a config value goes
 * through it.
 */
export function redactSecrets(text: string): string {
  return text
    .replace(URL_USERINFO, (_all, scheme: string, user: string, password: string | undefined) =>
      password === undefined
        ? `${scheme}${user === '' ? '' : REDACTED}@`
        : `${scheme}${user}:${REDACTED}@`,
    )
    .replace(NAMED_SECRET, (_all, name: string) => `${name}${REDACTED}`);
}
