import { useNavigate } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { CreatePerson } from '@/features/people/components/person-editor';

import { useOrgUnitOptions } from './use-org-unit-options';

export default function NewPersonRoute() {
  const navigate = useNavigate();
  const { query, options } = useOrgUnitOptions();
  const back = () => navigate(paths.admin.people.href());

  return (
    <>
      <PageHeader title="New person" />
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <CreatePerson orgUnits={options} onDone={back} />
      )}
    </>
  );
}
