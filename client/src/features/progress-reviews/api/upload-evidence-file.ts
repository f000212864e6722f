import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { progressReviewKeys } from './query-keys';

/** The kinds of file the server takes as evidence, by content type and by the extensions a file picker shows. */
export const EVIDENCE_FILE_TYPES = [
  { type: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  { type: 'image/png', extensions: ['png'], label: 'PNG' },
  { type: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG' },
  { type: 'text/plain', extensions: ['txt'], label: 'plain text' },
  { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'], label: 'Word' },
  { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], label: 'Excel' },
  { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['pptx'], label: 'PowerPoint' },
] as const;

/** The server's default limit (Wbl:Evidence:MaxFileBytes); it answers 413 past its own. */
export const MAX_EVIDENCE_FILE_BYTES = 10 * 1024 * 1024;

/**
 * The content type to send a file with: what the browser says, or — when it says nothing, as
 * some do for Office documents — what the file's extension stands for. `null` for a kind the
 * server would refuse.
 */
export function evidenceContentType(file: Pick<File, 'name' | 'type'>): string | null {
  const declared = file.type.toLowerCase();
  if (EVIDENCE_FILE_TYPES.some((kind) => kind.type === declared)) return declared;
  const extension = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
  return EVIDENCE_FILE_TYPES.find((kind) => (kind.extensions as readonly string[]).includes(extension))?.type ?? null;
}

export type UploadEvidenceFileInput = { reviewId: string; outcomeIndex: number; file: File; contentType: string };

/**
 * Attaches a file to one learning outcome of a scheduled review. The body is the file itself
 * (not a multipart form), sent with its own content type; the antiforgery header goes with it
 * like any other unsafe request.
 */
export const uploadEvidenceFile = async ({ reviewId, outcomeIndex, file, contentType }: UploadEvidenceFileInput) =>
  unwrap(
    api.POST('/api/progress-reviews/{id}/evidence', {
      params: { path: { id: reviewId }, query: { outcome: outcomeIndex, fileName: file.name } },
      // The document types the body as binary text; the browser sends a File as it is, with its length.
      body: file as unknown as string,
      bodySerializer: (body) => body,
      headers: { 'Content-Type': contentType },
    }),
  );

export function useUploadEvidenceFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadEvidenceFile,
    onSuccess: (_file, { reviewId }) => queryClient.invalidateQueries({ queryKey: progressReviewKeys.detail(reviewId) }),
  });
}
