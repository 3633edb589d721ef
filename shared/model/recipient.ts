import type { Severity } from './status.ts';
import type { ReaderLanguage } from './digest.ts';

/** Who the digest goes to, and what they want to hear about. */
export interface RecipientScope {
  /** Empty lists mean "everything". */
  categories: string[];
  regions: string[];
  owners: string[];
}

export interface Recipient {
  name: string;
  email: string;
  scope: RecipientScope;
  minSeverity: Severity;
  language: ReaderLanguage;
  row: number;
}
