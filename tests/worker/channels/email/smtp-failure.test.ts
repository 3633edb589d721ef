import { describe, expect, it } from 'vitest';
import { classifySmtpError } from '../../../../worker/channels/email/smtp-failure.ts';

function smtpError(code: string, responseCode?: number, response?: string): Error {
  return Object.assign(new Error(response ?? code), {
    code,
    ...(responseCode ? { responseCode } : {}),
    ...(response ? { response } : {}),
  });
}

describe('classifySmtpError', () => {
  it('treats a 5xx refusal of the recipient or the message as permanent', () => {
    expect(
      classifySmtpError(smtpError('EENVELOPE', 550, '550 5.1.1 mailbox unavailable')),
    ).toMatchObject({ retryable: false, responseCode: 550, text: '550 5.1.1 mailbox unavailable' });
    expect(classifySmtpError(smtpError('EMESSAGE', 554, '554 rejected as spam')).retryable).toBe(
      false,
    );
  });

  it('treats 4xx replies, network trouble, timeouts and failed logins as worth another try', () => {
    expect(classifySmtpError(smtpError('EENVELOPE', 451, '451 try again later')).retryable).toBe(
      true,
    );
    expect(classifySmtpError(smtpError('ECONNECTION')).retryable).toBe(true);
    expect(classifySmtpError(smtpError('ETIMEDOUT')).retryable).toBe(true);
    expect(classifySmtpError(smtpError('EAUTH', 535, '535 authentication failed')).retryable).toBe(
      true,
    );
    expect(classifySmtpError('a string thrown').retryable).toBe(true);
  });
});
