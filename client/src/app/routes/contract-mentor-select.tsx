import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

import type { MentorFieldProps } from '@/features/contracts/components/contract-terms-form';
import { usePeopleSearch } from '@/features/people/api/get-people';
import { usePerson } from '@/features/people/api/get-person';

const optionLabel = (person: { displayName: string; jobTitle?: string | null }) =>
  person.jobTitle ? `${person.displayName} (${person.jobTitle})` : person.displayName;

/**
 * The contract's mentor, picked from the people directory (the `people` feature) as the user
 * types: any active person but the learner, as the server allows.
 */
export function ContractMentorSelect({ learnerId, value, onChange, ...props }: MentorFieldProps & { learnerId: string }) {
  const [search, setSearch] = useState('');
  // The chosen mentor may not be among the search results; fetch them so their name shows.
  const current = usePerson(value);
  const currentLabel = value && current.data ? optionLabel(current.data) : null;
  const [debounced] = useDebouncedValue(search === currentLabel ? '' : search, 250);
  const results = usePeopleSearch(debounced);

  const options = new Map<string, string>();
  if (value && currentLabel) options.set(value, currentLabel);
  for (const person of results.data?.items ?? []) {
    if (person.id !== learnerId && person.active) options.set(person.id, optionLabel(person));
  }

  return (
    <Select
      {...props}
      searchable
      clearable
      placeholder="No mentor"
      value={value}
      onChange={(next) => onChange(next)}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already matched names and e-mails; don't filter its answer again by label.
      filter={({ options: all }) => all}
      data={[...options].map(([id, label]) => ({ value: id, label }))}
      nothingFoundMessage={results.isFetching ? 'Searching…' : 'Nobody matches'}
    />
  );
}
