import { Alert, Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';

import { describeProblem } from '@/components/ui/form-errors';
import { LoadingState, QueryError } from '@/components/ui/query-state';
import { paths } from '@/config/paths';

import { useCreateContract } from '../api/create-contract';
import { type Contract, useContract } from '../api/get-contract';
import { type SolutionOption, useNeedSolution } from '../api/get-need-solution';
import { type ProposeContractInput, useProposeContract } from '../api/propose-contract';
import { useUpdateContract } from '../api/update-contract';

import { ContractTermsForm, type MentorFieldProps } from './contract-terms-form';
import { emptyTerms, termsToFormValues } from './contract-terms-values';
import { formatCost, solutionTypeLabel } from './contract-vocabulary';

export type NeedForContract = {
  id: string;
  title: string;
  learnerName: string;
  learningOutcomes: readonly string[];
};

type MentorField = (props: MentorFieldProps) => ReactNode;

function SolutionSummary({ type, description, provider, cost }: { type: string; description: string; provider?: string | null; cost?: number | null }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={4}>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase">
          Selected solution
        </Text>
        <Group gap="xs">
          <Badge variant="light" color="cyan" tt="none">
            {type}
          </Badge>
          {provider && <Text size="sm">{provider}</Text>}
          {cost !== undefined && cost !== null && <Text size="sm">· {formatCost(cost)}</Text>}
        </Group>
        <Text size="sm">{description}</Text>
      </Stack>
    </Paper>
  );
}

/** After saving, proposing may still fail (someone else changed the contract): the draft is kept either way. */
async function proposeAfterSaving(
  propose: (input: ProposeContractInput & { id: string }) => Promise<Contract>,
  saved: Contract,
  learnerName: string,
) {
  try {
    await propose({ id: saved.id, version: saved.version });
    notifications.show({ color: 'green', message: `Contract proposed to ${learnerName} to sign` });
  } catch (error) {
    const problem = describeProblem(error);
    notifications.show({
      color: 'red',
      title: 'The draft is saved, but it could not be proposed',
      message: [problem.title, ...problem.messages].join(' '),
    });
  }
}

type NewContractProps = {
  need: NeedForContract;
  renderMentorField?: MentorField;
};

/** The line manager drafts a contract for a need: outcomes from the need, cost from the selected option. */
export function NewContract({ need, renderMentorField }: NewContractProps) {
  const solution = useNeedSolution(need.id);
  const create = useCreateContract();
  const propose = useProposeContract();
  const navigate = useNavigate();

  if (solution.isPending) return <LoadingState label="Loading the selected solution" />;
  if (solution.isError) return <QueryError error={solution.error} onRetry={() => void solution.refetch()} />;
  if (!solution.data) {
    return (
      <Alert color="yellow" title="No solution selected yet">
        A contract is drafted once a solution has been selected for {need.title}.
      </Alert>
    );
  }
  const option: SolutionOption = solution.data;

  const save = async (terms: Parameters<typeof create.mutateAsync>[0]['terms'], andPropose: boolean) => {
    const saved = await create.mutateAsync({ needId: need.id, terms });
    if (andPropose) await proposeAfterSaving(propose.mutateAsync, saved, need.learnerName);
    else notifications.show({ color: 'green', message: 'Draft contract saved' });
    navigate(paths.contract.href(saved.id));
  };

  return (
    <Stack gap="lg">
      <SolutionSummary
        type={option.solutionTypeName}
        description={option.description}
        provider={option.offeringTitle ? `${option.offeringTitle}${option.providerName ? `, ${option.providerName}` : ''}` : option.programmeTitle}
        cost={option.cost}
      />
      <ContractTermsForm
        initialValues={emptyTerms({ learningOutcomes: need.learningOutcomes, cost: option.cost })}
        learnerName={need.learnerName}
        renderMentorField={renderMentorField}
        costDescription="From the selected option; change it if the agreed cost differs."
        onSave={(terms) => save(terms, false)}
        onPropose={(terms) => save(terms, true)}
        onCancel={() => navigate(-1)}
      />
    </Stack>
  );
}

type EditContractProps = {
  id: string;
  renderMentorField?: (contract: Contract) => MentorField;
};

/** The line manager edits the pending draft: a new contract's terms, or an amendment of agreed ones. */
export function EditContract({ id, renderMentorField }: EditContractProps) {
  const contract = useContract(id);
  const update = useUpdateContract();
  const propose = useProposeContract();
  const navigate = useNavigate();

  if (contract.isPending) return <LoadingState label="Loading the contract" />;
  if (contract.isError) return <QueryError error={contract.error} onRetry={() => void contract.refetch()} />;

  const current = contract.data;
  const draft = current.pending?.status === 'Draft' ? current.pending : null;
  if (!draft) {
    return (
      <Alert color="yellow" title="There is no draft to edit">
        {current.pending?.status === 'Proposed'
          ? `The terms have been proposed to ${current.learnerName}; they can be changed once ${current.learnerName} asks for changes.`
          : 'Amend the contract to change agreed terms.'}{' '}
        <Anchor component={Link} to={paths.contract.href(current.id)}>
          Back to the contract
        </Anchor>
      </Alert>
    );
  }

  const save = async (terms: Parameters<typeof update.mutateAsync>[0]['terms'], andPropose: boolean) => {
    const saved = await update.mutateAsync({ id: current.id, version: current.version, terms });
    if (andPropose) await proposeAfterSaving(propose.mutateAsync, saved, current.learnerName);
    else notifications.show({ color: 'green', message: `Draft of version ${draft.number} saved` });
    navigate(paths.contract.href(saved.id));
  };

  return (
    <Stack gap="lg">
      <SolutionSummary type={solutionTypeLabel(current.solutionType)} description={current.solutionDescription} />
      {draft.changeComment && (
        <Alert color="grape" title={`${current.learnerName} asked for changes`}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {draft.changeComment}
          </Text>
        </Alert>
      )}
      {current.inForce && (
        <Alert color="blue" title={`Amending: version ${current.inForce.number} stays in force`}>
          Until you and {current.learnerName} both sign version {draft.number}, the agreed terms of version{' '}
          {current.inForce.number} apply.
        </Alert>
      )}
      <ContractTermsForm
        key={`${current.id}:${current.version}`}
        initialValues={termsToFormValues(draft.terms)}
        learnerName={current.learnerName}
        renderMentorField={renderMentorField?.(current)}
        onSave={(terms) => save(terms, false)}
        onPropose={(terms) => save(terms, true)}
        onCancel={() => navigate(paths.contract.href(current.id))}
        onReload={() => void contract.refetch()}
      />
    </Stack>
  );
}
