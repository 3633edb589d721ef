/**
 * Workbooks a run checks at once unless told otherwise: small, so memory stays bounded.
 * A file of its own so `--help` can show it without loading the pipeline.
 */
export const DEFAULT_CHECK_CONCURRENCY = 2;
