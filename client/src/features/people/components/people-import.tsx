import { Alert, Badge, Button, FileInput, Group, Pagination, Progress, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';

import { EmptyState } from '@/components/ui/empty-state';
import { isApiError } from '@/lib/api-client';

import {
  type ImportProblem,
  MAX_IMPORT_FILE_BYTES,
  type PeopleImportReport,
  type PeopleImportRow,
  useImportPeople,
} from '../api/import-people';

/** Rows shown per page of the results table: a 5,000-row file stays quick to render. */
export const ROWS_PER_PAGE = 50;

const OUTCOME_COLOURS: Record<string, string> = { created: 'green', updated: 'blue', unchanged: 'gray', error: 'red' };

type PeopleImportProps = {
  /** Called once a file has been applied, so that the screens showing people and units reload. */
  onApplied?: (report: PeopleImportReport) => void;
};

function describeFailure(error: unknown): string {
  if (isApiError(error, 413)) return error.problem.detail || 'The file is too large.';
  if (isApiError(error, 403)) return 'Only an administrator may import people.';
  if (isApiError(error)) {
    const fileErrors = error.problem.errors?.file;
    if (fileErrors?.length) return fileErrors.join(' ');
    return error.problem.detail || error.problem.title || error.message;
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/**
 * Import people and org units from an HRIS export: check the file (a dry run that writes
 * nothing), read the per-row results, then apply. The server refuses to apply a file with
 * errors, so "Apply import" appears only for a clean check of the same file.
 */
export function PeopleImport({ onApplied }: PeopleImportProps) {
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<PeopleImportReport | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [filter, setFilter] = useState<'all' | 'error'>('all');
  const [page, setPage] = useState(1);
  const upload = useImportPeople();

  const tooLarge = file !== null && file.size > MAX_IMPORT_FILE_BYTES;

  const send = (dryRun: boolean) => {
    if (!file) return;
    setProgress(0);
    upload.mutate(
      { file, dryRun, onProgress: setProgress },
      {
        onSuccess: (result) => {
          setReport(result);
          setPage(1);
          setFilter(result.errors > 0 ? 'error' : 'all');
          if (result.applied) onApplied?.(result);
        },
        onError: (error) => {
          const refused = isApiError(error, 422) ? (error.problem as ImportProblem).report : undefined;
          if (refused) {
            setReport(refused);
            setFilter('error');
            setPage(1);
          }
        },
        onSettled: () => setProgress(null),
      },
    );
  };

  const rows: PeopleImportRow[] = report ? report.results.filter((row) => filter === 'all' || row.outcome === 'error') : [];
  const pages = Math.max(1, Math.ceil(rows.length / ROWS_PER_PAGE));
  const shown = rows.slice((page - 1) * ROWS_PER_PAGE, page * ROWS_PER_PAGE);

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        A CSV file (UTF-8) with a header row: <strong>email</strong>, <strong>displayName</strong> (or firstName and
        lastName), <strong>orgUnit</strong> (a path such as “Brightwater Housing/Property Services/Repairs”; missing
        departments and teams are created), and optionally jobTitle, managerEmail, roles (HR, Admin, Facilitator) and
        active. People are matched by e-mail; new people sign in by single sign-on or once you set a password.
      </Text>
      <Group align="flex-end">
        <FileInput
          label="CSV file"
          placeholder="Choose a file"
          accept=".csv,text/csv"
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setReport(null);
            upload.reset();
          }}
          error={tooLarge ? 'This file is larger than 5 MB; split it and import each part.' : undefined}
          clearable
          miw={320}
        />
        <Button onClick={() => send(true)} disabled={!file || tooLarge} loading={upload.isPending && upload.variables?.dryRun}>
          Check file
        </Button>
        {report && report.dryRun && report.errors === 0 && (
          <Button color="green" onClick={() => send(false)} loading={upload.isPending && upload.variables?.dryRun === false}>
            Apply import
          </Button>
        )}
      </Group>

      {progress !== null && (
        <Stack gap={4}>
          <Text size="sm">{progress < 1 ? `Uploading… ${Math.round(progress * 100)} %` : 'Checking rows…'}</Text>
          <Progress value={Math.round(progress * 100)} aria-label="Upload progress" animated={progress >= 1} />
        </Stack>
      )}

      {upload.isError && !(isApiError(upload.error, 422) && report) && (
        <Alert color="red" title="The file could not be imported" role="alert">
          {describeFailure(upload.error)}
        </Alert>
      )}

      {report && (
        <Stack>
          <Alert
            color={report.applied ? 'green' : report.errors > 0 ? 'red' : 'blue'}
            title={
              report.applied
                ? 'Import applied'
                : report.errors > 0
                  ? 'Nothing was imported: fix the rows with errors and check the file again'
                  : 'The file is ready to apply'
            }
            role="status"
          >
            <Group gap="lg" aria-label="Summary">
              <Text size="sm">{report.created} to create</Text>
              <Text size="sm">{report.updated} to update</Text>
              <Text size="sm">{report.unchanged} unchanged</Text>
              <Text size="sm">{report.errors} with errors</Text>
            </Group>
            {report.unitsCreated.length > 0 && (
              <Text size="sm" mt="xs">
                New org units: {report.unitsCreated.join(', ')}
              </Text>
            )}
            {report.ignoredColumns.length > 0 && (
              <Text size="sm" mt="xs" c="dimmed">
                Columns not used: {report.ignoredColumns.join(', ')}
              </Text>
            )}
          </Alert>
          <SegmentedControl
            aria-label="Show rows"
            value={filter}
            onChange={(value) => {
              setFilter(value as 'all' | 'error');
              setPage(1);
            }}
            data={[
              { value: 'all', label: `All rows (${report.rows})` },
              { value: 'error', label: `Errors only (${report.errors})` },
            ]}
            maw={360}
          />
          {shown.length === 0 ? (
            <EmptyState title="No rows with errors" description="Every row of the file can be imported." />
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table striped aria-label="Import results">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Line</Table.Th>
                    <Table.Th scope="col">E-mail</Table.Th>
                    <Table.Th scope="col">Name</Table.Th>
                    <Table.Th scope="col">Result</Table.Th>
                    <Table.Th scope="col">Details</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((row) => (
                    <Table.Tr key={row.line}>
                      <Table.Td>{row.line}</Table.Td>
                      <Table.Td>{row.email || '—'}</Table.Td>
                      <Table.Td>{row.displayName || '—'}</Table.Td>
                      <Table.Td>
                        <Badge color={OUTCOME_COLOURS[row.outcome] ?? 'gray'} variant="light">
                          {row.outcome}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {row.errors.length > 0 ? (
                          <Stack gap={2}>
                            {row.errors.map((error) => (
                              <Text key={`${error.field}:${error.message}`} size="sm" c="red">
                                {error.field}: {error.message}
                              </Text>
                            ))}
                          </Stack>
                        ) : row.changes.length > 0 ? (
                          <Text size="sm">Changes {row.changes.join(', ')}</Text>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} aria-label="Result pages" />}
        </Stack>
      )}
    </Stack>
  );
}
