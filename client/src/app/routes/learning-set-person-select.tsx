import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

import type { PersonPickerProps } from '@/features/learning-sets/components/person-picker';
import { usePeopleSearch } from '@/features/people/api/get-people';

const optionLabel = (person: { displayName: string; jobTitle?: string | null }) =>
  person.jobTitle ? `${person.displayName} (${person.jobTitle})` : person.displayName;

/**
 * A person for a learning set — its facilitator or a member — picked from the people directory (the
 * `people` feature) as the user types: active people only, as the server allows, and only holders
 * of `role` when the set asks for one.
 */
export function LearningSetPersonSelect({ value, onChange, excludeIds, role, ...props }: PersonPickerProps) {
  const [search, setSearch] = useState('');
  // While the box shows the chosen person's name, offer everyone rather than searching for that text.
  const [debounced] = useDebouncedValue(value && search === value.name ? '' : search, 250);
  const results = usePeopleSearch(debounced);

  const found = (results.data?.items ?? []).filter(
    (person) => person.active && !excludeIds.includes(person.id) && (!role || person.roles.includes(role)),
  );
  const names = new Map(found.map((person) => [person.id, person.displayName]));
  const options = new Map<string, string>();
  if (value) options.set(value.id, value.name);
  for (const person of found) if (!options.has(person.id)) options.set(person.id, optionLabel(person));

  return (
    <Select
      {...props}
      searchable
      clearable
      value={value?.id ?? null}
      onChange={(id) => {
        if (!id) return onChange(null);
        onChange({ id, name: names.get(id) ?? (value?.id === id ? value.name : id) });
        // A picker that adds and resets (value stays null) is ready for the next name.
        setSearch('');
      }}
      searchValue={search}
      onSearchChange={setSearch}
      // The server already matched names and e-mails; don't filter its answer again by label.
      filter={({ options: all }) => all}
      data={[...options].map(([id, label]) => ({ value: id, label }))}
      nothingFoundMessage={results.isFetching ? 'Searching…' : 'Nobody matches'}
    />
  );
}
