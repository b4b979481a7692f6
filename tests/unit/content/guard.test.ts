/**
 * Error containment (utils/content/guard.ts): an exception in a callback the
 * page's event loop calls stays in DiploLens, reported on the debug console
 * only, and never reaches the page's error handlers.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { guard } from '../../../utils/content/guard';

afterEach(() => vi.restoreAllMocks());

describe('guard', () => {
  test('passes its arguments through', () => {
    const seen: unknown[] = [];
    guard((a: number, b: string) => seen.push(a, b))(1, 'x');
    expect(seen).toEqual([1, 'x']);
  });

  test('an exception is reported on the debug console and not thrown', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const boom = new Error('boom');
    expect(() =>
      guard(() => {
        throw boom;
      })(),
    ).not.toThrow();
    expect(debug).toHaveBeenCalledWith('[DiploLens]', boom);
  });
});
