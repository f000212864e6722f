import { Badge, NavLink, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { Link, useMatch } from 'react-router';

import { paths } from '@/config/paths';
import { useActionCount } from '@/features/actions/components/actions-list';
import { useContractsToSignCount } from '@/features/contracts/components/contracts-to-sign';
import { useUnreadNotificationsCount } from '@/features/notifications/api/get-notifications';
import { hasRole, type Me, ROLES, useUser } from '@/lib/auth';

type NavItemProps = {
  to: string;
  label: string;
  /** A count shown after the label, e.g. contracts waiting for a signature. */
  badge?: { count: number; description: string };
  /** Also active on the pages below this one. */
  prefix?: boolean;
  onNavigate?: () => void;
};

function NavItem({ to, label, badge, prefix = false, onNavigate }: NavItemProps) {
  const active = useMatch({ path: to, end: !prefix }) !== null;
  return (
    <NavLink
      component={Link}
      to={to}
      label={label}
      rightSection={
        badge && badge.count > 0 ? (
          <Badge size="sm" color="red" variant="filled" circle>
            {badge.count}
            <VisuallyHidden> {badge.description}</VisuallyHidden>
          </Badge>
        ) : undefined
      }
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
    />
  );
}

/** Contracts for everyone (own, reports', mentored), with the number waiting for the user's signature. */
function ContractsNavItem({ onNavigate }: { onNavigate?: () => void }) {
  const user = useUser();
  const toSign = useContractsToSignCount(user.id);
  return (
    <NavItem
      to={paths.contracts.href()}
      label="Contracts"
      badge={{ count: toSign, description: 'to sign' }}
      prefix
      onNavigate={onNavigate}
    />
  );
}

/** Home is the actions list: its badge counts what waits for the user. */
function HomeNavItem({ onNavigate }: { onNavigate?: () => void }) {
  const count = useActionCount();
  return <NavItem to={paths.home.href()} label="Home" badge={{ count, description: 'need your action' }} onNavigate={onNavigate} />;
}

/** The user's reminders, with how many are unread. */
function NotificationsNavItem({ onNavigate }: { onNavigate?: () => void }) {
  const unread = useUnreadNotificationsCount();
  return <NavItem to={paths.notifications.href()} label="Notifications" badge={{ count: unread, description: 'unread' }} onNavigate={onNavigate} />;
}

type MainNavProps = {
  user: Pick<Me, 'roles' | 'isManager'>;
  /** Called after a link is followed, e.g. to close the menu on small screens. */
  onNavigate?: () => void;
};

/**
 * The links a user may follow: everyone has a plan and may belong to learning sets; managers a team; managers and HR work with
 * business needs (Admin reads them too) and impact reviews; managers ask HR for advice and read the provider
 * register; HR answers advice, keeps the register and runs corporate programmes (Admin reads
 * both); HR and Admin read the audit trail and the reports; administration only for administrators.
 */
export function MainNav({ user, onNavigate }: MainNavProps) {
  const adminHeadingId = useId();
  const isAdmin = hasRole(user, ROLES.admin);
  const isHr = hasRole(user, ROLES.hr);
  const seesBusinessNeeds = user.isManager || isAdmin || isHr;
  const seesRegister = user.isManager || isAdmin || isHr;

  return (
    <Stack component="nav" aria-label="Main" gap={4}>
      <HomeNavItem onNavigate={onNavigate} />
      <NotificationsNavItem onNavigate={onNavigate} />
      <NavItem to={paths.plan.href()} label="My plan" onNavigate={onNavigate} />
      <ContractsNavItem onNavigate={onNavigate} />
      <NavItem to={paths.learningSets.href()} label="Learning sets" prefix onNavigate={onNavigate} />
      {user.isManager && <NavItem to={paths.team.href()} label="My team" prefix onNavigate={onNavigate} />}
      {seesBusinessNeeds && (
        <NavItem to={paths.businessNeeds.href()} label="Business needs" onNavigate={onNavigate} />
      )}
      {user.isManager && (
        <NavItem to={paths.adviceRequests.href()} label="My advice requests" prefix onNavigate={onNavigate} />
      )}
      {isHr && <NavItem to={paths.adviceQueue.href()} label="Advice queue" onNavigate={onNavigate} />}
      {(user.isManager || isHr) && (
        <NavItem to={paths.impactReviews.href()} label="Impact reviews" prefix onNavigate={onNavigate} />
      )}
      {seesRegister && <NavItem to={paths.providers.href()} label="Provider register" prefix onNavigate={onNavigate} />}
      {(isHr || isAdmin) && (
        <NavItem to={paths.programmes.href()} label="Corporate programmes" prefix onNavigate={onNavigate} />
      )}
      {(isHr || isAdmin) && <NavItem to={paths.audit.href()} label="Audit trail" onNavigate={onNavigate} />}
      {(isHr || isAdmin) && <NavItem to={paths.reports.href()} label="Reports" prefix onNavigate={onNavigate} />}
      {isAdmin && (
        <div role="group" aria-labelledby={adminHeadingId}>
          <Text id={adminHeadingId} size="xs" fw={700} tt="uppercase" c="dimmed" mt="md" mb={4} px="sm">
            Administration
          </Text>
          <NavItem to={paths.admin.orgUnits.href()} label="Organisation" prefix onNavigate={onNavigate} />
          <NavItem to={paths.admin.people.href()} label="People" prefix onNavigate={onNavigate} />
        </div>
      )}
    </Stack>
  );
}
