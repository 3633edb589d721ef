/** What an SMTP error means for the message: worth another try, or refused for good. */
export interface SmtpFailure {
  retryable: boolean;
  /** nodemailer's error code (`EENVELOPE`, `ECONNECTION`, `ETIMEDOUT` …) or ''. */
  code: string;
  /** The server's reply code, 0 when there was none (network errors). */
  responseCode: number;
  /** The server's reply or the error text. */
  text: string;
}

function field(err: unknown, name: string): unknown {
  return err !== null && typeof err === 'object' ? Reflect.get(err, name) : undefined;
}

/**
 * Sorts an SMTP error: a 5xx reply to the recipient or the message (`550 mailbox
 * unavailable`, `553`, `554`) is permanent — sending again gets the same answer. Every
 * other failure is transient: 4xx replies (greylisting, `451 try again later`), refused or
 * dropped connections, timeouts, TLS and DNS trouble, and authentication (an operator
 * fixes the password; the digest should go out then).
 */
export function classifySmtpError(err: unknown): SmtpFailure {
  const codeField = field(err, 'code');
  const code = typeof codeField === 'string' ? codeField : '';
  const responseCode = Number(field(err, 'responseCode') ?? 0) || 0;
  const response = field(err, 'response');
  const text =
    typeof response === 'string' && response !== ''
      ? response
      : err instanceof Error
        ? err.message
        : String(err);
  const permanent =
    responseCode >= 500 && responseCode < 600 && (code === 'EENVELOPE' || code === 'EMESSAGE');
  return { retryable: !permanent, code, responseCode, text };
}
