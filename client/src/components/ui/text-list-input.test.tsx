import { useForm } from '@mantine/form';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '@/testing/test-utils';

import { TextListInput } from './text-list-input';

function Outcomes({ initial }: { initial: string[] }) {
  const form = useForm({ mode: 'controlled', initialValues: { outcomes: initial } });
  return (
    <TextListInput
      label="Outcomes"
      itemLabel={(index) => `Outcome ${index + 1}`}
      addLabel="Add an outcome"
      count={form.values.outcomes.length}
      getItemProps={(index) => form.getInputProps(`outcomes.${index}`)}
      onAdd={() => form.insertListItem('outcomes', '')}
      onRemove={(index) => form.removeListItem('outcomes', index)}
      max={3}
    />
  );
}

describe('TextListInput', () => {
  it('is filled in from the keyboard: a new item takes the focus, a removed one hands it on', async () => {
    const { user } = renderWithProviders(<Outcomes initial={['First outcome']} />);

    expect(screen.getByRole('group', { name: 'Outcomes' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add an outcome' }));
    expect(screen.getByRole('textbox', { name: 'Outcome 2' })).toHaveFocus();
    await user.keyboard('Second outcome');
    await user.click(screen.getByRole('button', { name: 'Add an outcome' }));
    await user.keyboard('Third outcome');
    expect(screen.getByRole('button', { name: 'Add an outcome' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Remove outcome 2' }));
    expect(screen.getAllByRole('textbox').map((input) => (input as HTMLInputElement).value)).toEqual([
      'First outcome',
      'Third outcome',
    ]);
    expect(screen.getByRole('textbox', { name: 'Outcome 2' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Remove outcome 2' }));
    await user.click(screen.getByRole('button', { name: 'Remove outcome 1' }));
    expect(screen.getByText('None yet.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add an outcome' })).toHaveFocus();
  });
});
