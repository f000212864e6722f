import { Anchor, Group, List, Text } from '@mantine/core';

import { formatDateTime } from '@/lib/dates';

import type { EvidenceFile, ProgressReview, ReviewOutcome } from '../api/get-progress-review';

const sizeFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** `2048` → `2 KB`; `3_500_000` → `3.3 MB`. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${sizeFormat.format(bytes / 1024)} KB`;
  return `${sizeFormat.format(bytes / (1024 * 1024))} MB`;
}

/** Where a file is downloaded from (the browser sends the session cookie; no script needed). */
export const evidenceFileHref = (file: Pick<EvidenceFile, 'id'>) => `/api/evidence-files/${encodeURIComponent(file.id)}`;

type EvidenceFilesProps = {
  review: ProgressReview;
  outcome: ReviewOutcome;
  userId: string;
};

/** The files attached to one outcome, each to download. */
export function EvidenceFiles({ outcome }: EvidenceFilesProps) {
  if (outcome.files.length === 0) return null;
  return (
    <List size="sm" spacing={4} aria-label={`Files for outcome ${outcome.index + 1}`}>
      {outcome.files.map((file) => (
        <List.Item key={file.id}>
          <Group gap="xs" wrap="wrap">
            <Anchor href={evidenceFileHref(file)} download={file.fileName} size="sm">
              {file.fileName}
            </Anchor>
            <Text size="xs" c="dimmed">
              {formatFileSize(file.sizeBytes)} · {file.uploadedByName}, {formatDateTime(file.uploadedAt)}
            </Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
