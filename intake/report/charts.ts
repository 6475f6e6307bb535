import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { ShownCell } from './suppress';

echarts.use([BarChart, GridComponent, SVGRenderer]);

/** Breaks a label into lines of at most `max` characters at spaces (a long word stays whole). */
export function wrap(label: string, max: number): string {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const current = lines.at(-1);
    if (current !== undefined && current.length + 1 + word.length <= max)
      lines[lines.length - 1] = `${current} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

export interface BarChartInput {
  categories: readonly string[];
  /** Suppressed cells get no bar, only their text ("<5", "≥5"). */
  cells: readonly ShownCell[];
  width?: number;
  height?: number;
}

const BAR = '#1f5f8b';
const HIDDEN = '#6b6b6b';

/**
 * A bar chart as a standalone SVG string, drawn by Apache ECharts' server-side SVG renderer
 * (no browser, no canvas). No animation, no interaction: it is printed as well as viewed.
 */
export function barChartSvg({ categories, cells, width = 760, height = 280 }: BarChartInput): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  // Up to 6 categories: labels wrap within their slot; more (months, day buckets): labels slant.
  const rotate = categories.length > 6;
  const slot = Math.floor((width - 72) / Math.max(1, categories.length)) - 8;
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'system-ui, sans-serif', color: '#222' },
      grid: { left: 48, right: 24, top: 24, bottom: rotate ? 96 : 64 },
      xAxis: {
        type: 'category',
        data: rotate ? categories : categories.map((label) => wrap(label, Math.max(8, Math.floor(slot / 6.5)))),
        axisLabel: rotate
          ? { interval: 0, rotate: 40, fontSize: 11, color: '#222' }
          : { interval: 0, fontSize: 11, color: '#222', lineHeight: 14 },
      },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#222' } },
      series: [
        {
          type: 'bar',
          barMaxWidth: 48,
          itemStyle: { color: BAR },
          data: cells.map((cell) =>
            cell.hidden
              ? { value: 0, label: { show: true, position: 'top', formatter: cell.text, color: HIDDEN } }
              : { value: cell.value, label: { show: true, position: 'top', formatter: cell.text, color: '#222' } },
          ),
        },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
