import { isSmallSample, SMALL_SAMPLE_FLOOR } from '@touchpoint/core';
import { describe, expect, it } from 'vitest';

describe('isSmallSample', () => {
  it('flags n strictly below the floor (default 30)', () => {
    expect(SMALL_SAMPLE_FLOOR).toBe(30);
    expect(isSmallSample(0)).toBe(true);
    expect(isSmallSample(29)).toBe(true);
    expect(isSmallSample(30)).toBe(false);
    expect(isSmallSample(1000)).toBe(false);
  });

  it('accepts another floor', () => {
    expect(isSmallSample(99, 100)).toBe(true);
    expect(isSmallSample(100, 100)).toBe(false);
  });
});
