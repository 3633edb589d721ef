/**
 * Compile-time proof that office-js's real Excel objects fit the structural types the
 * gateway is written against (excel-api.ts): if a future @types/office-js changed a
 * member the gateway uses, `npm test`'s type check of the add-in fails here. Types only;
 * nothing in this file runs.
 */
import type { XlContext } from './excel-api.ts';

/** `true` when the real request context can stand where the gateway expects an XlContext. */
export type RealContextFits = Excel.RequestContext extends XlContext ? true : false;

/** Fails to compile unless RealContextFits is `true`. */
export const realContextFits: RealContextFits = true;
