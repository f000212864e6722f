import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';

import { LoadingState } from '@/components/ui/query-state';
import { paths } from '@/config/paths';
import { type Role, ROLES } from '@/lib/auth';

import { AppLayout } from './layout/app-layout';
import { RequireAuth, RequireRole } from './routes/guards';
import { ContractRoute } from './routes/contract';
import { ContractPrintRoute } from './routes/contract-print';
import { ContractsRoute } from './routes/contracts';
import { ContractsToSignRoute } from './routes/contracts-to-sign';
import { EditContractRoute } from './routes/edit-contract';
import { NewContractRoute } from './routes/new-contract';
import { DiscussionRoute } from './routes/discussion';
import { HomeRoute } from './routes/home';
import { ImpactReviewRoute } from './routes/impact-review';
import { MyPlanRoute } from './routes/my-plan';
import { NotFoundRoute } from './routes/not-found';
import { PersonPlanRoute } from './routes/person-plan';
import { ProgressReviewRoute } from './routes/progress-review';
import { RecordDiscussionRoute } from './routes/record-discussion';
import { SignInRoute } from './routes/sign-in';
import { SignOutRoute } from './routes/sign-out';
import { TeamRoute } from './routes/team';

// Administration is for a few users: keep it out of everyone else's first download.
const OrgUnitsRoute = lazy(() => import('./routes/admin/org-units'));
const PeopleRoute = lazy(() => import('./routes/admin/people'));
const NewPersonRoute = lazy(() => import('./routes/admin/new-person'));
const EditPersonRoute = lazy(() => import('./routes/admin/edit-person'));
const ImportPeopleRoute = lazy(() => import('./routes/admin/import-people'));
// Business plans are the business of managers and HR.
const BusinessNeedsRoute = lazy(() => import('./routes/business-needs'));
// Solution selection: options for a need, HR advice, the provider register and corporate programmes.
const NeedSolutionsRoute = lazy(() => import('./routes/need-solutions'));
const AdviceRequestsRoute = lazy(() => import('./routes/advice-requests'));
const AdviceQueueRoute = lazy(() => import('./routes/advice-queue'));
const AdviceRequestRoute = lazy(() => import('./routes/advice-request'));
const ProvidersRoute = lazy(() => import('./routes/providers'));
const ProviderRoute = lazy(() => import('./routes/provider'));
const CorporateProgrammesRoute = lazy(() => import('./routes/corporate-programmes'));
const CorporateProgrammeRoute = lazy(() => import('./routes/corporate-programme'));
// Impact reviews by status: the lists of line managers and HR.
const ImpactReviewsRoute = lazy(() => import('./routes/impact-reviews'));
// Action learning sets: their members, meetings and the meeting runner.
const LearningSetsRoute = lazy(() => import('./routes/learning-sets'));
const LearningSetRoute = lazy(() => import('./routes/learning-set'));
const MeetingRoute = lazy(() => import('./routes/meeting'));
const ProgrammeReviewResponseRoute = lazy(() => import('./routes/programme-review-response'));
// The audit trail is read by HR and Admin.
const AuditRoute = lazy(() => import('./routes/audit'));
// Reminders and the calendar feed link.
const NotificationsRoute = lazy(() => import('./routes/notifications'));
// HR reports over the organisation.
const ReportsRoute = lazy(() => import('./routes/reports'));

const adminOnly = (page: ReactNode) => (
  <RequireRole role={ROLES.admin}>
    <Suspense fallback={<LoadingState />}>{page}</Suspense>
  </RequireRole>
);

const lazyPage = (page: ReactNode) => <Suspense fallback={<LoadingState />}>{page}</Suspense>;

/** Who may read the provider register and corporate programmes (HR alone writes them). */
const REGISTER_READERS = [ROLES.manager, ROLES.hr, ROLES.admin] as const;

const forRoles = (role: Role | readonly Role[], page: ReactNode) => <RequireRole role={role}>{lazyPage(page)}</RequireRole>;

export function AppRoutes() {
  return (
    <Routes>
      <Route path={paths.signIn.path} element={<SignInRoute />} />
      <Route path={paths.signOut.path} element={<SignOutRoute />} />
      {/* Printable: outside the app shell, so that only the document prints. */}
      <Route
        path={paths.contractPrint.path}
        element={
          <RequireAuth>
            <ContractPrintRoute />
          </RequireAuth>
        }
      />
      <Route
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<HomeRoute />} />
        <Route path={paths.plan.path} element={<MyPlanRoute />} />
        <Route path={paths.notifications.path} element={lazyPage(<NotificationsRoute />)} />
        <Route path={paths.personPlan.path} element={<PersonPlanRoute />} />
        <Route path={paths.team.path} element={<TeamRoute />} />
        <Route path={paths.recordDiscussion.path} element={<RecordDiscussionRoute />} />
        <Route path={paths.discussion.path} element={<DiscussionRoute />} />
        <Route path={paths.contracts.path} element={<ContractsRoute />} />
        <Route path={paths.contractsToSign.path} element={<ContractsToSignRoute />} />
        <Route path={paths.newContract.path} element={<NewContractRoute />} />
        <Route path={paths.contract.path} element={<ContractRoute />} />
        <Route path={paths.contractReviews.path} element={<ContractRoute tab="reviews" />} />
        <Route path={paths.contractIdeas.path} element={<ContractRoute tab="ideas" />} />
        <Route path={paths.contractImpact.path} element={<ContractRoute tab="impact" />} />
        <Route path={paths.progressReview.path} element={<ProgressReviewRoute />} />
        <Route path={paths.impactReviews.path} element={lazyPage(<ImpactReviewsRoute />)} />
        <Route path={paths.impactReview.path} element={<ImpactReviewRoute />} />
        <Route path={paths.editContract.path} element={<EditContractRoute />} />
        <Route path={paths.learningSets.path} element={lazyPage(<LearningSetsRoute />)} />
        <Route path={paths.learningSet.path} element={lazyPage(<LearningSetRoute />)} />
        <Route path={paths.meeting.path} element={lazyPage(<MeetingRoute />)} />
        <Route path={paths.programmeReviewResponse.path} element={lazyPage(<ProgrammeReviewResponseRoute />)} />
        <Route
          path={paths.businessNeeds.path}
          element={
            <Suspense fallback={<LoadingState />}>
              <BusinessNeedsRoute />
            </Suspense>
          }
        />
        <Route path={paths.needSolutions.path} element={lazyPage(<NeedSolutionsRoute />)} />
        <Route path={paths.adviceRequests.path} element={forRoles(ROLES.manager, <AdviceRequestsRoute />)} />
        <Route path={paths.adviceRequest.path} element={lazyPage(<AdviceRequestRoute />)} />
        <Route path={paths.adviceQueue.path} element={forRoles(ROLES.hr, <AdviceQueueRoute />)} />
        <Route path={paths.providers.path} element={forRoles(REGISTER_READERS, <ProvidersRoute />)} />
        <Route path={paths.provider.path} element={forRoles(REGISTER_READERS, <ProviderRoute />)} />
        <Route path={paths.programmes.path} element={forRoles(REGISTER_READERS, <CorporateProgrammesRoute />)} />
        <Route path={paths.programme.path} element={forRoles(REGISTER_READERS, <CorporateProgrammeRoute />)} />
        <Route path={paths.audit.path} element={forRoles([ROLES.hr, ROLES.admin], <AuditRoute />)} />
        <Route path={paths.reports.path} element={forRoles([ROLES.hr, ROLES.admin], <ReportsRoute />)} />
        <Route path={paths.report.path} element={forRoles([ROLES.hr, ROLES.admin], <ReportsRoute />)} />
        <Route path={paths.admin.orgUnits.path} element={adminOnly(<OrgUnitsRoute />)} />
        <Route path={paths.admin.people.path} element={adminOnly(<PeopleRoute />)} />
        <Route path={paths.admin.newPerson.path} element={adminOnly(<NewPersonRoute />)} />
        <Route path={paths.admin.importPeople.path} element={adminOnly(<ImportPeopleRoute />)} />
        <Route path={paths.admin.person.path} element={adminOnly(<EditPersonRoute />)} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
