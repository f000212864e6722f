import { Alert, Anchor, Button, CloseButton, FileButton, Group, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';

import { describeProblem, type FormProblem } from '@/components/ui/form-errors';
import { formatDateTime } from '@/lib/dates';

import { useDeleteEvidenceFile } from '../api/delete-evidence-file';
import type { EvidenceFile, ProgressReview, ReviewOutcome } from '../api/get-progress-review';
import {
  EVIDENCE_FILE_TYPES,
  evidenceContentType,
  MAX_EVIDENCE_FILE_BYTES,
  useUploadEvidenceFile,
} from '../api/upload-evidence-file';

const sizeFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** `2048` → `2 KB`; `3_500_000` → `3.3 MB`. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${sizeFormat.format(bytes / 1024)} KB`;
  return `${sizeFormat.format(bytes / (1024 * 1024))} MB`;
}

/** Where a file is downloaded from (the browser sends the session cookie; no script needed). */
export const evidenceFileHref = (file: Pick<EvidenceFile, 'id'>) => `/api/evidence-files/${encodeURIComponent(file.id)}`;

/** What the file picker offers: the kinds the server takes. */
const ACCEPT = EVIDENCE_FILE_TYPES.flatMap((kind) => [kind.type, ...kind.extensions.map((extension) => `.${extension}`)]).join(',');
const KINDS = EVIDENCE_FILE_TYPES.map((kind) => kind.label)
  .filter((label, index, labels) => labels.indexOf(label) === index)
  .join(', ');

/** The server's rules on a file, checked before it is sent: a kind it takes, and no larger than the limit. */
export function checkEvidenceFile(file: Pick<File, 'name' | 'type' | 'size'>): string | null {
  if (!evidenceContentType(file)) return `${file.name} cannot be attached: attach a ${KINDS} file.`;
  if (file.size > MAX_EVIDENCE_FILE_BYTES) {
    return `${file.name} is ${formatFileSize(file.size)}: a file can be at most ${formatFileSize(MAX_EVIDENCE_FILE_BYTES)}.`;
  }
  if (file.size === 0) return `${file.name} is empty.`;
  return null;
}

type EvidenceFilesProps = {
  review: ProgressReview;
  outcome: ReviewOutcome;
  userId: string;
};

/**
 * The files attached to one outcome, each to download; while the review is scheduled the
 * learner and their manager attach more, and whoever attached a file may remove it.
 */
export function EvidenceFiles({ review, outcome, userId }: EvidenceFilesProps) {
  const number = outcome.index + 1;
  const canUpload = !!review.can.uploadEvidence;
  const open = review.status === 'Scheduled';
  const upload = useUploadEvidenceFile();
  const remove = useDeleteEvidenceFile();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [removing, setRemoving] = useState<string | null>(null);
  const resetRef = useRef<() => void>(null);

  if (outcome.files.length === 0 && !canUpload) return null;

  const attach = async (file: File | null) => {
    resetRef.current?.();
    if (!file) return;
    setProblem(null);
    const refusal = checkEvidenceFile(file);
    if (refusal) {
      setProblem({ title: 'This file cannot be attached', messages: [refusal] });
      return;
    }
    try {
      await upload.mutateAsync({ reviewId: review.id, outcomeIndex: outcome.index, file, contentType: evidenceContentType(file)! });
      notifications.show({ color: 'green', message: `${file.name} attached to outcome ${number}` });
    } catch (error) {
      setProblem(describeProblem(error));
    }
  };

  const detach = async (file: EvidenceFile) => {
    setProblem(null);
    setRemoving(file.id);
    try {
      await remove.mutateAsync({ fileId: file.id, reviewId: review.id });
      notifications.show({ color: 'green', message: `${file.fileName} removed` });
    } catch (error) {
      setProblem(describeProblem(error));
    } finally {
      setRemoving(null);
    }
  };

  return (
    <Stack gap={6}>
      <Text size="sm" fw={500} component="div">
        Files
      </Text>
      {outcome.files.length === 0 ? (
        <Text size="sm" c="dimmed">
          None attached.
        </Text>
      ) : (
        <List size="sm" spacing={4} aria-label={`Files for outcome ${number}`} listStyleType="none">
          {outcome.files.map((file) => (
            <List.Item key={file.id}>
              <Group gap="xs" wrap="wrap">
                <Anchor href={evidenceFileHref(file)} download={file.fileName} size="sm" aria-label={`Download ${file.fileName}`}>
                  {file.fileName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {formatFileSize(file.sizeBytes)} · {file.uploadedByName}, {formatDateTime(file.uploadedAt)}
                </Text>
                {open && file.uploadedBy === userId && (
                  <CloseButton
                    size="sm"
                    aria-label={`Remove ${file.fileName}`}
                    disabled={removing === file.id}
                    onClick={() => void detach(file)}
                  />
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {problem && (
        <Alert color="red" variant="light" title={problem.title} role="alert" p="xs">
          {problem.messages.map((message) => (
            <Text key={message} size="sm">
              {message}
            </Text>
          ))}
        </Alert>
      )}
      {canUpload && (
        <Group gap="xs">
          <FileButton onChange={(file) => void attach(file)} accept={ACCEPT} resetRef={resetRef}>
            {(props) => (
              <Button {...props} variant="light" size="xs" loading={upload.isPending} aria-label={`Attach a file to outcome ${number}`}>
                Attach a file
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed">
            {KINDS}; up to {formatFileSize(MAX_EVIDENCE_FILE_BYTES)}.
          </Text>
        </Group>
      )}
    </Stack>
  );
}
