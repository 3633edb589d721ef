import type { AddressInfo } from 'node:net';
import PostalMime, { type Email } from 'postal-mime';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

/** One message the sink accepted, parsed with postal-mime. */
export interface ReceivedMail {
  /** The envelope recipient (RCPT TO). */
  rcpt: string;
  /** `X-KPI-Sentinel-Run`. */
  runId: string;
  mail: Email;
}

/** An SMTP reply with a code, as smtp-server sends it back to the client. */
class SmtpReply extends Error {
  readonly responseCode: number;

  constructor(code: number, text: string) {
    super(text);
    this.responseCode = code;
  }
}

/** What to answer to a recipient: accept (null) or a reply code and text. */
export type RcptPolicy = (
  address: string,
  attempt: number,
) => { code: number; text: string } | null;

/**
 * An SMTP server in this process for the mail tests: plain SMTP on a free port, no TLS or
 * AUTH, every message kept and parsed. `policy` can refuse recipients (550) or ask them
 * to come back later (451), per address and attempt.
 */
export class SmtpSink {
  readonly received: ReceivedMail[] = [];
  /** RCPT TO commands seen per address, accepted or not. */
  readonly attempts = new Map<string, number>();
  policy: RcptPolicy = () => null;
  /**
   * How long to hold back the reply to a message's data, by its (lower-case) recipients; the
   * message is kept at once, so a sender killed meanwhile never hears it went through.
   */
  dataReplyDelayMs: (recipients: string[]) => number = () => 0;
  private readonly server: SMTPServer;
  port = 0;

  private constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onRcptTo: (address: SMTPServerAddress, _session, callback) => {
        const email = address.address.toLowerCase();
        const attempt = (this.attempts.get(email) ?? 0) + 1;
        this.attempts.set(email, attempt);
        const answer = this.policy(email, attempt);
        callback(answer ? new SmtpReply(answer.code, answer.text) : null);
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          PostalMime.parse(raw)
            .then((mail) => {
              const runId = mail.headers.find((h) => h.key === 'x-kpi-sentinel-run')?.value ?? '';
              const rcpts = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
              for (const rcpt of rcpts) this.received.push({ rcpt, runId, mail });
              const delayMs = this.dataReplyDelayMs(rcpts);
              if (delayMs > 0) setTimeout(() => callback(null), delayMs);
              else callback(null);
            })
            .catch((err: unknown) => callback(err instanceof Error ? err : new Error(String(err))));
        });
      },
    });
  }

  static async start(): Promise<SmtpSink> {
    const sink = new SmtpSink();
    await new Promise<void>((resolve) => sink.server.listen(0, '127.0.0.1', () => resolve()));
    sink.port = (sink.server.server.address() as AddressInfo).port;
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Messages for one address (envelope recipient). */
  to(address: string): ReceivedMail[] {
    return this.received.filter((m) => m.rcpt === address.toLowerCase());
  }

  /** How many messages each (run, recipient) got. */
  countsByRunAndRecipient(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const m of this.received)
      counts.set(`${m.runId} ${m.rcpt}`, (counts.get(`${m.runId} ${m.rcpt}`) ?? 0) + 1);
    return counts;
  }

  /** Forgets what it received and answers every recipient at once again (between tests). */
  reset(): void {
    this.received.length = 0;
    this.attempts.clear();
    this.policy = () => null;
    this.dataReplyDelayMs = () => 0;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
