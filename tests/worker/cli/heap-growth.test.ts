// A run over many workbooks lets V8's heap grow to twice what is live, not four times,
// unless the person running it chose their own growth.
import { describe, expect, it } from 'vitest';
import { HEAP_GROWING_PERCENT, heapGrowthFlag } from '../../../worker/cli/heap-growth.ts';

describe('heapGrowthFlag', () => {
  it('asks V8 to grow the heap to twice what is live', () => {
    expect(HEAP_GROWING_PERCENT).toBe(100);
    expect(heapGrowthFlag([])).toBe('--heap-growing-percent=100');
  });

  it('sets it alongside other memory flags', () => {
    expect(heapGrowthFlag(['--max-old-space-size=160'], '--enable-source-maps')).toBe(
      '--heap-growing-percent=100',
    );
  });

  it('leaves a growth given on the command line or in NODE_OPTIONS as given', () => {
    expect(heapGrowthFlag(['--heap-growing-percent=30'])).toBeNull();
    expect(heapGrowthFlag([], '--enable-source-maps --heap_growing_percent=50')).toBeNull();
  });
});
