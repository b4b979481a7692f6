/**
 * One bar chart (Chart.js, tree-shaken to the bar chart's parts). The canvas
 * gets an accessible name and a summary; the numbers are also in a hidden table.
 */
import { useEffect, useRef } from 'preact/hooks';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface BarChartProps {
  title: string;
  data: Array<[string, number]>;
  horizontal?: boolean;
  color: string;
}

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

export function BarChart({ title, data, horizontal, color }: BarChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);

  useEffect(() => {
    if (!canvas.current) return;
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
          y: { ticks: { color: fg, precision: 0, autoSkip: false }, grid: { color: grid } },
        },
      },
    });
    return () => chart.current?.destroy();
  }, [horizontal, color]);

  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    c.data.labels = data.map(([k]) => k);
    c.data.datasets[0]!.data = data.map(([, v]) => v);
    c.update('none');
  }, [data]);

  const summary = data.length
    ? data
        .slice(0, 5)
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ')
    : 'no data';
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
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
