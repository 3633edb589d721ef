#!/usr/bin/env node
// Runs the TypeScript sources directly (no build step): tsx registers its loader first.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../worker/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
