import { useMemo } from 'react';

import { useOpenBusinessNeeds } from '@/features/business-needs/api/get-business-needs';

/** Open business needs the user may read, as options for linking a development need to one. */
export function useBusinessNeedOptions() {
  const needs = useOpenBusinessNeeds();
  return useMemo(
    () => (needs.data ?? []).map((need) => ({ value: need.id, label: `${need.title} (${need.orgUnitName})` })),
    [needs.data],
  );
}
