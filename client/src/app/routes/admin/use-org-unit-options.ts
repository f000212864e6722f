import { useMemo } from 'react';

import { useOrgUnits } from '@/features/org-units/api/get-org-units';

/** Org units as select options and a name lookup, for the people screens. */
export function useOrgUnitOptions() {
  const units = useOrgUnits();
  return useMemo(() => {
    const list = units.data ?? [];
    const names = new Map(list.map((unit) => [unit.id, unit.name]));
    return {
      query: units,
      options: list.map((unit) => ({ value: unit.id, label: `${unit.name} (${unit.kind})` })),
      nameOf: (id: string) => names.get(id),
    };
  }, [units]);
}
