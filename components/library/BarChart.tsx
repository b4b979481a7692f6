/**
 * One bar chart (Chart.js, tree-shaken to the bar chart's parts). The canvas
 * gets an accessible name and a summary; the numbers are also in a hidden table.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Chart } from 'chart.js';
import { useI18n } from '../i18n';
import { barPaint } from '../../utils/library/code-colours';

type ChartJs = typeof import('chart.js');

/** Chart.js is loaded after the first render: the table must not wait for the charts. */
let chartJs: Promise<ChartJs | null> | null = null;
/**
 * Chart.js, or null when it could not be loaded. Firefox rejects a dynamic import
 * that a reload or a closing tab cuts short ("error loading dynamically imported
 * module"); that was an unhandled rejection per chart. A failed load is forgotten,
 * so the next chart tries again; the numbers stay in each chart's hidden table.
 */
export function loadChartJs(importer: () => Promise<ChartJs> = () => import('chart.js')): Promise<ChartJs | null> {
  chartJs ??= importer().then(
    (m) => {
      m.Chart.register(m.BarController, m.BarElement, m.CategoryScale, m.LinearScale, m.Tooltip);
      return m;
    },
    () => {
      chartJs = null;
      return null;
    },
  );
  return chartJs;
}

/** Characters of a bar's name shown on the axis. */
const LABEL_CHARS = 18;

export interface BarChartProps {
  title: string;
  data: Array<[string, number]>;
  horizontal?: boolean;
  color: string;
  /** Each bar's own colour (a concept's code colour), shaded to stand out on the theme shown (code-colours.ts); `color` where none. */
  barColours?: ReadonlyArray<string | undefined>;
}

/** Whether the page shows its dark theme (theme.css follows the system). */
const darkTheme = () => typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

function barsFor(colours: ReadonlyArray<string | undefined> | undefined, fallback: string, n: number): string | string[] {
  if (!colours?.some(Boolean)) return fallback;
  const theme = darkTheme() ? 'dark' : 'light';
  return Array.from({ length: n }, (_, i) => {
    const c = colours[i];
    return c ? barPaint(c)[theme] : fallback;
  });
}

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

function update(c: Chart, data: Array<[string, number]>, locale: string, bars: string | string[]) {
  // Axis numbers in the interface language (Chart.js formats ticks with Intl in options.locale).
  c.options.locale = locale;
  c.data.labels = data.map(([k]) => k);
  c.data.datasets[0]!.data = data.map(([, v]) => v);
  c.data.datasets[0]!.backgroundColor = bars;
  c.update('none');
}

export function BarChart({ title, data, horizontal, color, barColours }: BarChartProps) {
  const { t, number, tag } = useI18n();
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);

  const latest = useRef(data);
  latest.current = data;
  const latestTag = useRef(tag);
  latestTag.current = tag;
  const latestBars = useRef(barColours);
  latestBars.current = barColours;

  useEffect(() => {
    let cancelled = false;
    void loadChartJs().then((m) => {
      if (!m || cancelled || !canvas.current) return;
      const { Chart } = m;
      const fg = cssVar('--muted', '#5b6472');
      const grid = cssVar('--border', '#d5dae1');
      chart.current = new Chart(canvas.current, {
        type: 'bar',
        data: { labels: [], datasets: [{ data: [], backgroundColor: color, borderRadius: 3 }] },
        options: {
          indexAxis: horizontal ? 'y' : 'x',
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          plugins: { legend: { display: false }, tooltip: { enabled: true } },
          scales: {
            x: { ticks: { color: fg, precision: 0, autoSkip: true }, grid: { color: grid } },
            // Labels that do not fit the chart's height are skipped (the tooltip and the hidden table name every bar).
            y: {
              ticks: {
                color: fg,
                precision: 0,
                autoSkip: true,
                autoSkipPadding: 2,
                // Long concept and country names are shortened on the axis (the tooltip gives them whole),
                // so a narrow chart keeps room for its bars instead of cutting the names at the edge.
                ...(horizontal
                  ? {
                      callback(this: { getLabelForValue(v: number): string }, value: string | number) {
                        const label = this.getLabelForValue(Number(value));
                        return label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label;
                      },
                    }
                  : {}),
              },
              grid: { color: grid },
            },
          },
        },
      });
      update(chart.current, latest.current, latestTag.current, barsFor(latestBars.current, color, latest.current.length));
    });
    // The bars follow the theme when the system switches between light and dark.
    const scheme = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    const repaint = () => chart.current && update(chart.current, latest.current, latestTag.current, barsFor(latestBars.current, color, latest.current.length));
    scheme?.addEventListener?.('change', repaint);
    return () => {
      cancelled = true;
      scheme?.removeEventListener?.('change', repaint);
      chart.current?.destroy();
      chart.current = null;
    };
  }, [horizontal, color]);

  useEffect(() => {
    if (chart.current) update(chart.current, data, tag, barsFor(barColours, color, data.length));
  }, [data, tag, barColours]);

  const summary = data.length
    ? data
        .slice(0, 5)
        .map(([k, v]) => `${k}: ${number(v)}`)
        .join(', ')
    : t('charts.noData');
  return (
    <figure class="chart">
      <figcaption class="chart__title">{title}</figcaption>
      <div class="chart__canvas" style={{ height: horizontal ? `${Math.max(120, data.length * 20 + 30)}px` : '180px' }}>
        <canvas ref={canvas} role="img" aria-label={`${title}: ${summary}`} />
      </div>
      <table class="visually-hidden">
        <caption>{title}</caption>
        <tbody>
          {data.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{number(v)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
