/**
 * A batch of the fake Excel API, with office-js's batching rules: calls are queued, and
 * only `sync()` runs them, in order, and fills in what was loaded; a property read before
 * it was loaded and synced throws `PropertyNotLoaded`. Every sync is counted, and a
 * request or response above Excel on the web's 5 MB limit is refused with its error code.
 */
import type { XlContext } from '../../../addin/excel/excel-api.ts';
import { jsonBytes, PAYLOAD_LIMIT_BYTES } from '../../../addin/excel/payload-chunks.ts';
import { fakeError, type FakeWorkbook } from './fake-workbook.ts';
import { FakeWorkbookProxy } from './fake-proxies.ts';

/** Bytes office-js spends on each queued call besides its data (object path, method name). */
const CALL_OVERHEAD_BYTES = 60;

interface Op {
  run: () => void;
  /** Bytes this call adds to the request. */
  bytes: number;
}

/** What the fake records about a whole session, for assertions. */
export interface FakeStats {
  syncs: number;
  /** Largest request and response seen, in bytes. */
  maxRequest: number;
  maxResponse: number;
  refused: number;
  suspends: number;
}

export class FakeContext implements XlContext {
  readonly workbook: FakeWorkbookProxy;
  private ops: Op[] = [];
  private loads: (() => { bytes: number; commit: () => void })[] = [];

  constructor(
    readonly model: FakeWorkbook,
    private readonly stats: FakeStats,
    private readonly limit: number = PAYLOAD_LIMIT_BYTES,
  ) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  /** Queues a call; `data` is what it sends (values, formats), for the request size. */
  queue(run: () => void, data?: unknown): void {
    this.ops.push({ run, bytes: CALL_OVERHEAD_BYTES + (data === undefined ? 0 : jsonBytes(data)) });
  }

  /** Queues a load: `read` runs in order with the calls and returns what the response carries. */
  queueLoad(read: () => { data: unknown; commit: () => void }): void {
    let result: { data: unknown; commit: () => void } | null = null;
    this.queue(() => {
      result = read();
    });
    this.loads.push(() => {
      if (result === null) throw new Error('load never ran');
      return { bytes: jsonBytes(result.data), commit: result.commit };
    });
  }

  suspendCalculation(): void {
    this.stats.suspends++;
  }

  get pending(): number {
    return this.ops.length;
  }

  sync(): Promise<unknown> {
    // The executor runs at once, like Excel's batch; a refused batch becomes a rejection.
    return new Promise((resolve) => {
      this.runBatch();
      resolve(undefined);
    });
  }

  private runBatch(): void {
    this.stats.syncs++;
    const ops = this.ops;
    const loads = this.loads;
    this.ops = [];
    this.loads = [];
    const request = ops.reduce((n, op) => n + op.bytes, 0);
    this.stats.maxRequest = Math.max(this.stats.maxRequest, request);
    if (request > this.limit) {
      this.stats.refused++;
      throw fakeError('RequestPayloadSizeLimitExceeded', `request of ${request} bytes`);
    }
    for (const op of ops) op.run();
    const results = loads.map((l) => l());
    const response = results.reduce((n, r) => n + r.bytes, 0);
    this.stats.maxResponse = Math.max(this.stats.maxResponse, response);
    if (response > this.limit) {
      this.stats.refused++;
      throw fakeError('ResponsePayloadSizeLimitExceeded', `response of ${response} bytes`);
    }
    for (const r of results) r.commit();
    // Excel raises change events after the batch, not inside it.
    setTimeout(() => void this.model.flushChanges(), 0);
  }
}
