import { describe, expect, it } from 'vitest';
import { checkAuthorization } from '../../../worker/http/bearer-auth.ts';

const basic = (user: string, password: string): string =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('checkAuthorization', () => {
  it('accepts the configured token as a Bearer token or as a Basic password with any user name', () => {
    expect(checkAuthorization('Bearer s3cret-token', 's3cret-token')).toBe('ok');
    expect(checkAuthorization('bearer   s3cret-token', 's3cret-token')).toBe('ok');
    expect(
      checkAuthorization(basic('局长', 's3cret-token'), 's3cret-token', 'bearer-or-basic'),
    ).toBe('ok');
  });

  it('tells a missing header from a wrong token', () => {
    expect(checkAuthorization(undefined, 's3cret-token')).toBe('missing');
    expect(checkAuthorization('  ', 's3cret-token')).toBe('missing');
    expect(checkAuthorization('Bearer s3cret-tokeN', 's3cret-token')).toBe('wrong');
    expect(checkAuthorization('Bearer s3cret-token-and-more', 's3cret-token')).toBe('wrong');
    expect(checkAuthorization(basic('s3cret-token', 'x'), 's3cret-token')).toBe('wrong');
    expect(checkAuthorization('Digest s3cret-token', 's3cret-token')).toBe('wrong');
  });

  it('is off without a configured token, whatever is sent', () => {
    expect(checkAuthorization('Bearer anything', undefined)).toBe('disabled');
    expect(checkAuthorization('Bearer ', '')).toBe('disabled');
  });
});
