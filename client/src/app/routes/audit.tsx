import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import type { AuditFilter } from '@/features/audit/api/get-audit-entries';
import { AuditTrail, type PersonPickerProps } from '@/features/audit/components/audit-trail';
import { ManagerSelect } from '@/features/people/components/manager-select';

const FILTER_KEYS = ['recordId', 'recordType', 'personId', 'actorId', 'from', 'to'] as const;

function PersonPicker({ label, value, onChange }: PersonPickerProps) {
  return <ManagerSelect label={label} placeholder="Anyone" value={value} onChange={onChange} />;
}

/** The audit trail for HR and Admin. The filter is in the address, so that a view of the trail can be linked to. */
export default function AuditRoute() {
  const [params, setParams] = useSearchParams();
  const filter: AuditFilter = Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? undefined]));

  const onFilterChange = (next: AuditFilter) =>
    setParams(Object.fromEntries(Object.entries(next).filter((entry): entry is [string, string] => !!entry[1]?.trim())), { replace: true });

  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Every change, who made it and when. Entries are never changed or removed; secrets and files are never recorded."
      />
      <AuditTrail filter={filter} onFilterChange={onFilterChange} PersonPicker={PersonPicker} />
    </>
  );
}
