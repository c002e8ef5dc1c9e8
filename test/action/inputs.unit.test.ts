/** Typed inputs: bounds that keep timers meaningful, and values quoted on one line. */
import { afterEach, describe, expect, it } from 'vitest';
import { getDuration, InputError } from '../../src/action/inputs.js';

const set = (name: string, value: string) => (process.env[`INPUT_${name.toUpperCase()}`] = value);
afterEach(() => delete process.env.INPUT_TIMEOUT);

describe('getDuration', () => {
  it('reads seconds and units', () => {
    set('timeout', '90s');
    expect(getDuration('timeout', '1m')).toBe(90_000);
    set('timeout', '1.5h');
    expect(getDuration('timeout', '1m')).toBe(5_400_000);
  });

  it('refuses zero, and durations past what a timer can hold', () => {
    set('timeout', '0');
    expect(() => getDuration('timeout', '1m')).toThrow('Input timeout must be at least 1s, but it is "0".');
    set('timeout', '600h');
    expect(() => getDuration('timeout', '1m')).toThrow('Input timeout must be at most 120h, but it is "600h".');
    set('timeout', '9'.repeat(400));
    expect(() => getDuration('timeout', '1m')).toThrow(InputError);
  });

  it('quotes a hostile value on one line, cut short', () => {
    set('timeout', `soon\n::error::forged${'x'.repeat(500)}`);
    const err = (() => {
      try {
        getDuration('timeout', '1m');
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err?.message).not.toContain('\n');
    expect(err?.message.length).toBeLessThan(260);
  });
});
