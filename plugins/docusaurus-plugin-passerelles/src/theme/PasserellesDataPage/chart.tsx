/**
 * One bar chart of the data page, drawn by Recharts once the page runs in the
 * browser (its table, in the static HTML, is the alternative). The SVG has the
 * chart's title and description; Recharts' accessibility layer makes it
 * focusable and lets the arrow keys move from bar to bar.
 */
import React from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useColorMode} from '@docusaurus/theme-common';
import {Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis} from 'recharts';

export interface ChartSeries {
  key: string;
  label: string;
}

export interface ChartProps {
  title: string;
  description: string;
  /** One entry per category: its label under `category`, its values under each series' key. */
  rows: Record<string, string | number>[];
  series: ChartSeries[];
  /** Long category labels (themes) read better on horizontal bars. */
  horizontal?: boolean;
  stacked?: boolean;
}

// Okabe–Ito colours, told apart with the common colour-vision deficiencies; lighter tones on the dark background.
const palettes = {
  light: ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#6B6B6B', '#8F7A00'],
  dark: ['#56B4E9', '#E69F00', '#3DD9A4', '#E8A3CF', '#F0E442', '#FF8F66', '#C8C8C8', '#8FB8FF'],
};

export const categoryKey = 'category';

// The axis labels take the text colour of the page (light or dark) through CSS.
const tick = {fill: 'currentColor'};

export default function DataChart({title, description, rows, series, horizontal = false, stacked = false}: ChartProps): React.ReactNode {
  const isBrowser = useIsBrowser();
  const {colorMode} = useColorMode();
  const colours = palettes[colorMode];
  const height = horizontal ? Math.max(160, rows.length * (stacked ? 26 : 30) + 90) : 320;
  return (
    <div className="passerelles-data__chart" style={{height}}>
      {isBrowser && rows.length > 0 && (
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout={horizontal ? 'vertical' : 'horizontal'} title={title} desc={description} margin={{top: 8, right: 16, bottom: 8, left: 8}}>
            <CartesianGrid strokeDasharray="3 3" className="passerelles-data__grid" />
            {horizontal ? (
              <>
                <XAxis type="number" allowDecimals={false} tick={tick} />
                <YAxis type="category" dataKey={categoryKey} width={220} interval={0} tick={tick} />
              </>
            ) : (
              <>
                <XAxis dataKey={categoryKey} interval={0} tick={tick} angle={rows.length > 8 ? -35 : 0} textAnchor={rows.length > 8 ? 'end' : 'middle'} height={rows.length > 8 ? 80 : 30} />
                <YAxis allowDecimals={false} tick={tick} />
              </>
            )}
            <Tooltip
              contentStyle={{background: 'var(--ifm-background-surface-color)', color: 'var(--ifm-font-color-base)', borderColor: 'var(--ifm-color-emphasis-300)'}}
              cursor={{fill: 'var(--ifm-color-emphasis-200)'}}
            />
            {series.length > 1 && <Legend />}
            {series.map((entry, index) => (
              <Bar
                key={entry.key}
                dataKey={entry.key}
                name={entry.label}
                fill={colours[index % colours.length]}
                stroke="var(--ifm-background-color)"
                isAnimationActive={false}
                {...(stacked ? {stackId: 'total'} : {})}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      )}
    </div>
  );
}
