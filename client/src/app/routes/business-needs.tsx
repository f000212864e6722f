import { Button } from '@mantine/core';
import { useMemo, useState } from 'react';

import { PageHeader } from '@/components/ui/page-header';
import { BusinessNeedModal } from '@/features/business-needs/components/business-need-modal';
import { BusinessNeedsTable } from '@/features/business-needs/components/business-needs-table';
import { subtreeIds } from '@/features/org-units/components/org-unit-tree';
import { usePerson } from '@/features/people/api/get-person';
import { hasRole, ROLES, useUser } from '@/lib/auth';

import { useOrgUnitOptions } from './admin/use-org-unit-options';

type ModalState = { opened: false } | { opened: true; editId: string | null };

/**
 * HR records business needs for any unit; a manager for the units they lead (their own and
 * those below it). The server decides in the end; this only spares people a form they cannot send.
 */
function useWritableUnits() {
  const user = useUser();
  const { query: units, options } = useOrgUnitOptions();
  const isHr = hasRole(user, ROLES.hr);
  const me = usePerson(user.isManager && !isHr ? user.id : null);
  const writable = useMemo(() => {
    if (isHr) return options;
    if (!me.data || !units.data) return [];
    const led = subtreeIds(units.data, me.data.orgUnitId);
    return options.filter((option) => led.has(option.value));
  }, [isHr, options, me.data, units.data]);
  return { options, writable };
}

export default function BusinessNeedsRoute() {
  const { options, writable } = useWritableUnits();
  const [modal, setModal] = useState<ModalState>({ opened: false });

  return (
    <>
      <PageHeader
        title="Business needs"
        description="What the organisation, its departments and teams must achieve, from their business plans, and how progress is measured."
        actions={
          writable.length > 0 && (
            <Button onClick={() => setModal({ opened: true, editId: null })}>New business need</Button>
          )
        }
      />
      <BusinessNeedsTable units={options} onEdit={(need) => setModal({ opened: true, editId: need.id })} />
      <BusinessNeedModal
        opened={modal.opened}
        editId={modal.opened ? modal.editId : null}
        units={writable}
        onClose={() => setModal({ opened: false })}
      />
    </>
  );
}
