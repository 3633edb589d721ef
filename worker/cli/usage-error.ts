/** Thrown inside a command for a usage problem; the CLI prints its message and exits with code 2. */
export class UsageError extends Error {}

/** A configuration problem (a bad or missing config file, no Redis URL), reported as bad usage. */
export class ConfigUsageError extends UsageError {}
