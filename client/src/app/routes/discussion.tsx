import { useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { useDiscussion } from '@/features/development/api/get-discussion';
import { DiscussionDetails } from '@/features/development/components/discussion-details';
import { discussionKindLabel } from '@/features/development/components/discussion-vocabulary';
import { useUser } from '@/lib/auth';
import { formatDate } from '@/lib/dates';

export function DiscussionRoute() {
  const { id = '' } = useParams();
  const user = useUser();
  const discussion = useDiscussion(id);
  const record = discussion.data;

  return (
    <>
      <PageHeader
        title={record ? `${discussionKindLabel(record.kind)} on ${formatDate(record.heldOn)}` : '1:1 discussion'}
        description={record ? `${record.learnerName} with ${record.managerName}` : undefined}
      />
      <DiscussionDetails id={id} viewerId={user.id} />
    </>
  );
}
