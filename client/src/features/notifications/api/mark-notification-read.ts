import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api-client';

import { notificationKeys } from './query-keys';

export const markNotificationRead = (id: string) => unwrap(api.POST('/api/me/notifications/{id}/read', { params: { path: { id } } }));

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
