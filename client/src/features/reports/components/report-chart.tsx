import { Box, Group, Stack, Text } from '@mantine/core';

import type { Report } from '../api/get-report';
import { formatCell } from './report-format';

type ReportChartProps = { report: Report };

/**
 * Horizontal bars, one per row, each with its label and value as text, so that the chart reads the same to a screen
 * reader as it looks. Rows without a value (nothing to average) are listed with a dash and no bar.
 */
export function ReportChart({ report }: ReportChartProps) {
  const valueColumn = report.columns.find((column) => column.key === report.chart.valueKey);
  if (!valueColumn || report.rows.length === 0) return null;
  const bars = report.rows.map((row) => {
    const value = row[report.chart.valueKey];
    return {
      label: report.chart.labelKeys.map((key) => String(row[key] ?? '')).join(' · '),
      value: typeof value === 'number' ? value : null,
    };
  });
  const largest = Math.max(...bars.map((bar) => Math.abs(bar.value ?? 0)), 0);

  return (
    <Box component="figure" m={0} aria-labelledby="report-chart-caption">
      <Text id="report-chart-caption" component="figcaption" fw={600} size="sm" mb="xs">
        {valueColumn.label}
      </Text>
      <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }} aria-label={`${report.title}: ${valueColumn.label}`}>
        {bars.map((bar, index) => (
          <li key={`${bar.label}-${index}`}>
            <Group gap="sm" wrap="nowrap" align="center">
              <Text size="sm" w={260} truncate title={bar.label}>
                {bar.label}
              </Text>
              <Box style={{ flex: 1 }} h={14} bg="gray.1" aria-hidden>
                {bar.value !== null && largest > 0 && (
                  <Box
                    data-testid="report-bar"
                    h="100%"
                    bg={bar.value < 0 ? 'red.6' : 'blue.6'}
                    style={{ width: `${(Math.abs(bar.value) / largest) * 100}%` }}
                  />
                )}
              </Box>
              <Text size="sm" w={110} ta="right" ff="monospace">
                {formatCell(valueColumn, bar.value)}
              </Text>
            </Group>
          </li>
        ))}
      </Stack>
    </Box>
  );
}
