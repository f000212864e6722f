import { useNavigate, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { EditPerson } from '@/features/people/components/person-editor';

import { useOrgUnitOptions } from './use-org-unit-options';

export default function EditPersonRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { query, options } = useOrgUnitOptions();
  const back = () => navigate(paths.admin.people.href());

  return (
    <>
      <PageHeader title="Edit person" />
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <EditPerson id={id} orgUnits={options} onDone={back} />
      )}
    </>
  );
}
