import { Button } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { ProviderModal } from '@/features/providers/components/provider-modal';
import { ProvidersTable } from '@/features/providers/components/providers-table';
import { hasRole, ROLES, useUser } from '@/lib/auth';

type ModalState = { opened: false } | { opened: true; editId: string | null };

/** The provider register: HR keeps it; managers and Admin read it. */
export default function ProvidersRoute() {
  const user = useUser();
  const navigate = useNavigate();
  const isHr = hasRole(user, ROLES.hr);
  const [modal, setModal] = useState<ModalState>({ opened: false });

  return (
    <>
      <PageHeader
        title="Provider register"
        description="Colleges, universities, private providers, professional bodies and internal academies, with what they offer."
        actions={isHr && <Button onClick={() => setModal({ opened: true, editId: null })}>New provider</Button>}
      />
      <ProvidersTable canEdit={isHr} onEdit={(provider) => setModal({ opened: true, editId: provider.id })} />
      {isHr && (
        <ProviderModal
          opened={modal.opened}
          editId={modal.opened ? modal.editId : null}
          onClose={() => setModal({ opened: false })}
          onCreated={(id) => navigate(paths.provider.href(id))}
        />
      )}
    </>
  );
}
