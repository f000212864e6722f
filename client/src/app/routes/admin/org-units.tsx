import { Button } from '@mantine/core';
import { useState } from 'react';

import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { useOrgUnits } from '@/features/org-units/api/get-org-units';
import { OrgUnitModal } from '@/features/org-units/components/org-unit-modal';
import { OrgUnitsTable } from '@/features/org-units/components/org-units-table';

type ModalState = { opened: false } | { opened: true; editId: string | null };

export default function OrgUnitsRoute() {
  const units = useOrgUnits();
  const [modal, setModal] = useState<ModalState>({ opened: false });
  const close = () => setModal({ opened: false });

  return (
    <>
      <PageHeader
        title="Organisation"
        description="The organisation, its departments and teams."
        actions={
          <Button onClick={() => setModal({ opened: true, editId: null })} disabled={!units.isSuccess}>
            New unit
          </Button>
        }
      />
      {units.isPending ? (
        <LoadingState label="Loading org units" />
      ) : units.isError ? (
        <QueryError error={units.error} onRetry={() => void units.refetch()} />
      ) : units.data.length === 0 ? (
        <EmptyState
          title="No org units yet"
          description="Start with the organisation itself, then add its departments and teams."
        />
      ) : (
        <OrgUnitsTable units={units.data} onEdit={(unit) => setModal({ opened: true, editId: unit.id })} />
      )}
      {units.isSuccess && (
        <OrgUnitModal
          opened={modal.opened}
          editId={modal.opened ? modal.editId : null}
          units={units.data}
          onClose={close}
        />
      )}
    </>
  );
}
