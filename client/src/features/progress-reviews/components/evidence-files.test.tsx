import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { json, mockApi, noContent, problem } from '@/testing/mock-api';
import { renderApp, testUser } from '@/testing/test-utils';

import { evidenceFile, outcome, review } from '../testing/review-fixtures';

import { checkEvidenceFile } from './evidence-files';

const learner = testUser({ id: 'learner-1', displayName: 'Riley Reports' });

const withFiles = review({
  can: { writeLearnerPart: true, writeManagerPart: false, addMentoringNote: false, uploadEvidence: true },
  outcomes: [
    outcome({
      files: [
        evidenceFile({ id: 'f-1', fileName: 'schedule.pdf', sizeBytes: 2048 }),
        evidenceFile({ id: 'f-2', fileName: 'manager-notes.txt', uploadedBy: 'manager-1', uploadedByName: 'Morgan Manager', sizeBytes: 300 }),
      ],
    }),
    outcome({ index: 1, outcome: 'Explain the repairs priority rules to tenants' }),
  ],
});

const fileInput = (group: HTMLElement) => group.querySelector<HTMLInputElement>('input[type="file"]')!;

describe('evidence files', () => {
  it('lists the files to download, and lets the uploader remove their own', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(learner),
      'GET /api/progress-reviews/:id': () => json(withFiles),
      'DELETE /api/evidence-files/:id': () => noContent(),
    });
    const { user } = renderApp({ route: '/progress-reviews/r-1' });

    const first = await screen.findByRole('group', { name: 'Outcome 1: Build a four-week repairs schedule' });
    const files = within(first).getByRole('list', { name: 'Files for outcome 1' });
    expect(within(files).getByRole('link', { name: 'Download schedule.pdf' })).toHaveAttribute('href', '/api/evidence-files/f-1');
    expect(files).toHaveTextContent('2 KB');
    expect(within(files).queryByRole('button', { name: 'Remove manager-notes.txt' })).not.toBeInTheDocument();

    await user.click(within(files).getByRole('button', { name: 'Remove schedule.pdf' }));
    await vi.waitFor(() => expect(server.calls('DELETE', '/api/evidence-files/:id')).toHaveLength(1));
    expect(server.calls('DELETE', '/api/evidence-files/:id')[0]!.params.id).toBe('f-1');
  });

  it('uploads the file itself to the outcome, with its content type', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(learner),
      'GET /api/progress-reviews/:id': () => json(withFiles),
      'POST /api/progress-reviews/:id/evidence': () => json(evidenceFile({ id: 'f-3', outcomeIndex: 1, fileName: 'plan.docx' }), 201),
    });
    renderApp({ route: '/progress-reviews/r-1' });

    const second = await screen.findByRole('group', { name: 'Outcome 2: Explain the repairs priority rules to tenants' });
    expect(within(second).getByRole('button', { name: 'Attach a file to outcome 2' })).toBeInTheDocument();
    // Some browsers give Office documents no type: the extension says what it is.
    fireEvent.change(fileInput(second), { target: { files: [new File(['PK'], 'plan.docx', { type: '' })] } });

    await vi.waitFor(() => expect(server.calls('POST', '/api/progress-reviews/:id/evidence')).toHaveLength(1));
    const call = server.calls('POST', '/api/progress-reviews/:id/evidence')[0]!;
    expect(call.params.id).toBe('r-1');
    expect(call.url.searchParams.get('outcome')).toBe('1');
    expect(call.url.searchParams.get('fileName')).toBe('plan.docx');
    expect(call.headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('refuses a kind of file the server does not take, and shows the server’s refusal of one it checked', async () => {
    const server = mockApi({
      'GET /api/auth/me': () => json(learner),
      'GET /api/progress-reviews/:id': () => json(withFiles),
      'POST /api/progress-reviews/:id/evidence': () =>
        problem(415, { title: 'Unsupported Media Type', detail: 'This kind of file cannot be attached.' }),
    });
    renderApp({ route: '/progress-reviews/r-1' });

    const second = await screen.findByRole('group', { name: 'Outcome 2: Explain the repairs priority rules to tenants' });
    fireEvent.change(fileInput(second), { target: { files: [new File(['MZ'], 'tool.exe', { type: 'application/x-msdownload' })] } });
    expect(await within(second).findByRole('alert')).toHaveTextContent('tool.exe cannot be attached');
    expect(server.calls('POST', '/api/progress-reviews/:id/evidence')).toHaveLength(0);

    fireEvent.change(fileInput(second), { target: { files: [new File(['%PDF-'], 'fake.pdf', { type: 'application/pdf' })] } });
    expect(await within(second).findByText('This kind of file cannot be attached.')).toBeInTheDocument();
  });

  it('checks the size before sending', () => {
    expect(checkEvidenceFile({ name: 'big.pdf', type: 'application/pdf', size: 11 * 1024 * 1024 })).toBe(
      'big.pdf is 11 MB: a file can be at most 10 MB.',
    );
    expect(checkEvidenceFile({ name: 'photo.JPG', type: '', size: 1000 })).toBeNull();
  });
});
