/**
 * Chart.js is loaded on demand; a load cut short (Firefox rejects a dynamic import
 * when the library tab reloads or closes meanwhile) must neither surface as an
 * unhandled rejection nor leave every later chart without Chart.js.
 */
import { describe, expect, test } from 'vitest';
import { loadChartJs } from '../../../components/library/BarChart';

type ChartJs = typeof import('chart.js');

describe('loadChartJs', () => {
  test('a failed load resolves to null (no rejection), and the next call loads again', async () => {
    const registered: unknown[] = [];
    const fake = {
      Chart: { register: (...parts: unknown[]) => registered.push(...parts) },
      BarController: 'bar',
      BarElement: 'el',
      CategoryScale: 'cat',
      LinearScale: 'lin',
      Tooltip: 'tip',
    } as unknown as ChartJs;
    let calls = 0;
    await expect(
      loadChartJs(() => (calls++, Promise.reject(new TypeError('error loading dynamically imported module')))),
    ).resolves.toBeNull();
    await expect(loadChartJs(() => (calls++, Promise.resolve(fake)))).resolves.toBe(fake);
    expect(registered).toEqual(['bar', 'el', 'cat', 'lin', 'tip']);
    // Loaded once: later charts share it.
    await expect(loadChartJs(() => (calls++, Promise.reject(new Error('not asked'))))).resolves.toBe(fake);
    expect(calls).toBe(2);
  });
});
