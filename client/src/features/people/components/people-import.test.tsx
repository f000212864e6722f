import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '@/testing/test-utils';

import type { PeopleImportReport, PeopleImportRow } from '../api/import-people';
import { PeopleImport, ROWS_PER_PAGE } from './people-import';

type Sent = { url: string; headers: Record<string, string>; body: unknown };

/** A stand-in for XMLHttpRequest: records what is sent, reports upload progress, answers with the next queued response. */
class FakeXhr {
  static sent: Sent[] = [];
  static responses: { status: number; body: unknown }[] = [];
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  withCredentials = false;
  status = 0;
  statusText = '';
  responseText = '';
  private url = '';
  private headers: Record<string, string> = {};
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    FakeXhr.sent.push({ url: this.url, headers: this.headers, body });
    const response = FakeXhr.responses.shift()!;
    queueMicrotask(() => {
      this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
      this.status = response.status;
      this.responseText = JSON.stringify(response.body);
      this.onload?.();
    });
  }
}

const row = (line: number, overrides: Partial<PeopleImportRow> = {}): PeopleImportRow => ({
  line,
  email: `person${line}@example.com`,
  displayName: `Person ${line}`,
  outcome: 'created',
  personId: null,
  changes: [],
  errors: [],
  ...overrides,
});

const report = (results: PeopleImportRow[], overrides: Partial<PeopleImportReport> = {}): PeopleImportReport => ({
  dryRun: true,
  applied: false,
  rows: results.length,
  created: results.filter((result) => result.outcome === 'created').length,
  updated: results.filter((result) => result.outcome === 'updated').length,
  unchanged: results.filter((result) => result.outcome === 'unchanged').length,
  errors: results.filter((result) => result.outcome === 'error').length,
  unitsCreated: [],
  ignoredColumns: [],
  results,
  ...overrides,
});

// Mantine's file input is a button over a hidden input, which is what receives the file.
const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"]')!;

const csvFile = () => new File(['email,displayName,orgUnit\n'], 'people.csv', { type: 'text/csv' });

describe('PeopleImport', () => {
  beforeEach(() => {
    FakeXhr.sent = [];
    FakeXhr.responses = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('checks the file as a dry run, shows the summary, then applies it', async () => {
    const rows = [row(2), row(3, { outcome: 'updated', changes: ['jobTitle'] }), row(4, { outcome: 'unchanged' })];
    FakeXhr.responses.push({ status: 200, body: report(rows, { unitsCreated: ['Org/Repairs'] }) });
    FakeXhr.responses.push({ status: 200, body: report(rows, { dryRun: false, applied: true }) });
    const onApplied = vi.fn();
    const { user } = renderWithProviders(<PeopleImport onApplied={onApplied} />);

    expect(screen.queryByRole('button', { name: 'Apply import' })).not.toBeInTheDocument();
    await user.upload(fileInput(), csvFile());
    await user.click(screen.getByRole('button', { name: 'Check file' }));

    expect(await screen.findByText('The file is ready to apply')).toBeInTheDocument();
    expect(screen.getByText('1 to create')).toBeInTheDocument();
    expect(screen.getByText('1 to update')).toBeInTheDocument();
    expect(screen.getByText('1 unchanged')).toBeInTheDocument();
    expect(screen.getByText('New org units: Org/Repairs')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Import results' });
    expect(within(table).getByRole('row', { name: /person3@example.com/ })).toHaveTextContent('Changes jobTitle');
    expect(FakeXhr.sent[0]!.url).toBe('/api/people/import?dryRun=true');
    expect(FakeXhr.sent[0]!.headers['Content-Type']).toBe('text/csv');
    expect(FakeXhr.sent[0]!.body).toBeInstanceOf(File);

    await user.click(screen.getByRole('button', { name: 'Apply import' }));

    expect(await screen.findByText('Import applied')).toBeInTheDocument();
    expect(FakeXhr.sent[1]!.url).toBe('/api/people/import?dryRun=false');
    expect(onApplied).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Apply import' })).not.toBeInTheDocument();
  });

  it('shows rows with errors by line and field, pages them, and offers no apply', async () => {
    const rows = Array.from({ length: ROWS_PER_PAGE + 10 }, (_, index) =>
      index % 2 === 0
        ? row(index + 2, { outcome: 'error', errors: [{ field: 'managerEmail', message: `No manager ${index + 2}` }] })
        : row(index + 2),
    );
    FakeXhr.responses.push({ status: 200, body: report(rows) });
    const { user } = renderWithProviders(<PeopleImport />);

    await user.upload(fileInput(), csvFile());
    await user.click(screen.getByRole('button', { name: 'Check file' }));

    expect(await screen.findByText(/Nothing was imported/)).toBeInTheDocument();
    expect(screen.getByText('30 with errors')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Apply import' })).not.toBeInTheDocument();
    // Errors only is chosen for a file with errors.
    const table = screen.getByRole('table', { name: 'Import results' });
    expect(within(table).getAllByRole('row')).toHaveLength(31);
    expect(within(table).getByRole('row', { name: /person2@example.com/ })).toHaveTextContent('managerEmail: No manager 2');

    await user.click(screen.getByText('All rows (60)'));

    expect(within(screen.getByRole('table', { name: 'Import results' })).getAllByRole('row')).toHaveLength(ROWS_PER_PAGE + 1);
    await user.click(screen.getByRole('button', { name: '2' }));
    expect(within(screen.getByRole('table', { name: 'Import results' })).getAllByRole('row')).toHaveLength(11);
  });

  it("shows the server's reason when it refuses the file", async () => {
    FakeXhr.responses.push({
      status: 400,
      body: { status: 400, title: 'Some fields need attention.', errors: { file: ['The header is missing orgUnit.'] } },
    });
    const { user } = renderWithProviders(<PeopleImport />);

    await user.upload(fileInput(), csvFile());
    await user.click(screen.getByRole('button', { name: 'Check file' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The header is missing orgUnit.');
  });
});
