import { useCallback, useMemo } from 'react';

import { useActiveOfferings } from '@/features/providers/api/get-offerings';
import { useSolutionTypes } from '@/features/providers/api/get-solution-types';

/** The kinds of solution in HR's order, as options, and a way to name a kind from its code. */
export function useSolutionTypeChoices() {
  const types = useSolutionTypes();
  const choices = useMemo(() => (types.data ?? []).map((type) => ({ value: type.code, label: type.name })), [types.data]);
  const nameOf = useCallback(
    (code: string) => choices.find((choice) => choice.value === code)?.label ?? code,
    [choices],
  );
  return { query: types, choices, nameOf };
}

/**
 * Every offering still offered, as options for an option, an answer to HR advice or a
 * programme. Only managers, HR and Admin may read the catalogue: pass `false` for anyone else.
 */
export function useOfferingChoices(enabled: boolean) {
  const offerings = useActiveOfferings({ enabled });
  return useMemo(
    () =>
      (offerings.data ?? []).map((offering) => ({
        value: offering.id,
        label: `${offering.title} — ${offering.providerName}${offering.preferredProvider ? ' (preferred supplier)' : ''}`,
        solutionType: offering.solutionType,
        cost: offering.cost,
      })),
    [offerings.data],
  );
}
