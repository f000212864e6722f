import { useMutation, useQueryClient } from '@tanstack/react-query';

import { ApiError, type Present, type Problem, readCookie, XSRF_COOKIE, XSRF_HEADER } from '@/lib/api-client';
import type { paths } from '@/lib/api/schema';

import { peopleKeys } from './get-people';

export type PeopleImportReport = Present<paths['/api/people/import']['post']['responses'][200]['content']['application/json']>;
export type PeopleImportRow = PeopleImportReport['results'][number];

/** The server's default limit (Wbl:Import:MaxFileBytes); it answers 413 past its own. */
export const MAX_IMPORT_FILE_BYTES = 5 * 1024 * 1024;

export type ImportPeopleInput = {
  file: Blob;
  dryRun: boolean;
  /** Called as the file goes up, with the share sent so far (0–1). */
  onProgress?: (sent: number) => void;
};

/** A refused apply (422) carries the same per-row report as a dry run. */
export type ImportProblem = Problem & { report?: PeopleImportReport };

/**
 * Sends the CSV file itself as the body (not a multipart form). XMLHttpRequest rather than
 * fetch, because only it reports upload progress; the antiforgery header goes with it as with
 * every other unsafe request.
 */
export function importPeople({ file, dryRun, onProgress }: ImportPeopleInput): Promise<PeopleImportReport> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/people/import?dryRun=${dryRun ? 'true' : 'false'}`);
    request.setRequestHeader('Content-Type', 'text/csv');
    request.setRequestHeader('Accept', 'application/json, application/problem+json');
    const token = readCookie(XSRF_COOKIE);
    if (token) request.setRequestHeader(XSRF_HEADER, token);
    request.withCredentials = true;
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      let body: unknown = null;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : null;
      } catch {
        body = null;
      }
      if (request.status >= 200 && request.status < 300) {
        onProgress?.(1);
        resolve(body as PeopleImportReport);
      } else {
        const problem: ImportProblem =
          body && typeof body === 'object' ? (body as ImportProblem) : { status: request.status, title: request.statusText };
        reject(new ApiError(request.status, problem));
      }
    };
    request.onerror = () => reject(new Error('Could not reach the server. Check your connection and try again.'));
    request.send(file);
  });
}

export function useImportPeople() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importPeople,
    onSuccess: (report) => {
      if (report.applied) return queryClient.invalidateQueries({ queryKey: peopleKeys.all });
      return undefined;
    },
  });
}
