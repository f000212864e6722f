import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

import { usePeopleSearch } from '../api/get-people';
import { usePerson } from '../api/get-person';

type ManagerSelectProps = Omit<SelectProps, 'data' | 'searchValue' | 'onSearchChange' | 'filter'> & {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The person being edited, who cannot be their own manager. */
  excludeId?: string;
};

const optionLabel = (person: { displayName: string; email: string }) => `${person.displayName} (${person.email})`;

/** Picks a manager from the people directory, searching the server as the user types. */
export function ManagerSelect({ value = null, onChange, excludeId, ...props }: ManagerSelectProps) {
  const [search, setSearch] = useState('');
  // The current manager may not be among the search results; fetch them so their name shows.
  const current = usePerson(value);
  const currentLabel = value && current.data ? optionLabel(current.data) : null;
  // While the box shows the chosen manager's name, offer everyone rather than searching for that text.
  const [debounced] = useDebouncedValue(search === currentLabel ? '' : search, 250);
  const results = usePeopleSearch(debounced);

  const options = new Map<string, string>();
  if (value && currentLabel) options.set(value, currentLabel);
  for (const person of results.data?.items ?? []) {
    if (person.id !== excludeId) options.set(person.id, optionLabel(person));
  }

  return (
    <Select
      {...props}
      searchable
      clearable
      value={value}
      onChange={(next) => onChange?.(next)}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already matched names and e-mails; don't filter its answer again by label.
      filter={({ options: all }) => all}
      data={[...options].map(([id, label]) => ({ value: id, label }))}
      nothingFoundMessage={results.isFetching ? 'Searching…' : 'Nobody matches'}
    />
  );
}
