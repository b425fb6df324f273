// Long work in slices (issue 19, part 8): the runner gives way once a slice has run its
// budget, never in the middle of a step, and returns what the work returns.
import { describe, expect, it } from 'vitest';
import { drain, runInSlices, type Steps } from '../../src/shared/slices/slices';

function* counting(steps: number, log: string[]): Steps<number> {
  let sum = 0;
  for (let i = 1; i <= steps; i++) {
    log.push(`step ${i}`);
    sum += i;
    yield;
  }
  return sum;
}

describe('slices', () => {
  it('drain runs every step at once', () => {
    const log: string[] = [];
    expect(drain(counting(100, log))).toBe(5050);
    expect(log).toHaveLength(100);
  });

  it('gives way between slices once the budget is spent, and returns the result', async () => {
    const log: string[] = [];
    const result = await runInSlices(counting(100, log), async () => { log.push('pause'); }, 0);
    expect(result).toBe(5050);
    // The clock is read every 32 steps: a budget of 0 pauses there each time.
    expect(log.filter((entry) => entry === 'pause')).toHaveLength(3);
    expect(log.indexOf('pause')).toBe(32);
  });

  it('does not pause while the slice is within its budget', async () => {
    let pauses = 0;
    await runInSlices(counting(1000, []), async () => { pauses += 1; }, 60_000);
    expect(pauses).toBe(0);
  });
});
