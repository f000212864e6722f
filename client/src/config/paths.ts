const segment = (value: string) => encodeURIComponent(value);

/** Every client route in one place, so links and route definitions cannot drift apart. */
export const paths = {
  home: { path: '/', href: () => '/' },
  signIn: { path: '/sign-in', href: () => '/sign-in' },
  signOut: { path: '/sign-out', href: () => '/sign-out' },
  team: { path: '/team', href: () => '/team' },
  recordDiscussion: {
    path: '/team/:personId/discussions/new',
    href: (personId: string) => `/team/${segment(personId)}/discussions/new`,
  },
  discussion: { path: '/discussions/:id', href: (id: string) => `/discussions/${segment(id)}` },
  plan: { path: '/plan', href: () => '/plan' },
  personPlan: { path: '/people/:personId/plan', href: (personId: string) => `/people/${segment(personId)}/plan` },
  businessNeeds: { path: '/business-needs', href: () => '/business-needs' },
  needSolutions: {
    path: '/needs/:needId/solutions',
    href: (needId: string) => `/needs/${segment(needId)}/solutions`,
  },
  adviceRequests: { path: '/advice-requests', href: () => '/advice-requests' },
  adviceRequest: { path: '/advice-requests/:id', href: (id: string) => `/advice-requests/${segment(id)}` },
  adviceQueue: { path: '/advice-queue', href: () => '/advice-queue' },
  providers: { path: '/providers', href: () => '/providers' },
  provider: { path: '/providers/:id', href: (id: string) => `/providers/${segment(id)}` },
  programmes: { path: '/corporate-programmes', href: () => '/corporate-programmes' },
  programme: { path: '/corporate-programmes/:id', href: (id: string) => `/corporate-programmes/${segment(id)}` },
  admin: {
    orgUnits: { path: '/admin/org-units', href: () => '/admin/org-units' },
    people: { path: '/admin/people', href: () => '/admin/people' },
    newPerson: { path: '/admin/people/new', href: () => '/admin/people/new' },
    importPeople: { path: '/admin/people/import', href: () => '/admin/people/import' },
    person: { path: '/admin/people/:id', href: (id: string) => `/admin/people/${segment(id)}` },
  },
  // Learner contracts.
  contracts: { path: '/contracts', href: () => '/contracts' },
  contractsToSign: { path: '/contracts/to-sign', href: () => '/contracts/to-sign' },
  newContract: { path: '/needs/:needId/contract/new', href: (needId: string) => `/needs/${segment(needId)}/contract/new` },
  contract: { path: '/contracts/:id', href: (id: string) => `/contracts/${segment(id)}` },
  editContract: { path: '/contracts/:id/edit', href: (id: string) => `/contracts/${segment(id)}/edit` },
  contractPrint: { path: '/contracts/:id/print', href: (id: string) => `/contracts/${segment(id)}/print` },
  /** The contract page opened on its progress reviews or its ideas. */
  contractReviews: { path: '/contracts/:id/reviews', href: (id: string) => `/contracts/${segment(id)}/reviews` },
  contractIdeas: { path: '/contracts/:id/ideas', href: (id: string) => `/contracts/${segment(id)}/ideas` },
  /** The contract page opened on its impact review (once completed). */
  contractImpact: { path: '/contracts/:id/impact-review', href: (id: string) => `/contracts/${segment(id)}/impact-review` },
  // Progress reviews.
  progressReview: { path: '/progress-reviews/:id', href: (id: string) => `/progress-reviews/${segment(id)}` },
  // Impact reviews.
  impactReviews: {
    path: '/impact-reviews',
    href: (status?: 'pending' | 'due' | 'overdue' | 'completed') => (status ? `/impact-reviews?status=${status}` : '/impact-reviews'),
  },
  impactReview: { path: '/impact-reviews/:id', href: (id: string) => `/impact-reviews/${segment(id)}` },
  // Action learning sets.
  learningSets: { path: '/learning-sets', href: () => '/learning-sets' },
  learningSet: { path: '/learning-sets/:id', href: (id: string) => `/learning-sets/${segment(id)}` },
  meeting: { path: '/meetings/:id', href: (id: string) => `/meetings/${segment(id)}` },
  programmeReviewResponse: {
    path: '/programme-review-responses/:id',
    href: (id: string) => `/programme-review-responses/${segment(id)}`,
  },
  // Audit trail (HR and Admin).
  audit: { path: '/audit', href: () => '/audit' },
  notifications: { path: '/notifications', href: () => '/notifications' },
  reports: { path: '/reports', href: () => '/reports' },
  report: { path: '/reports/:name', href: (name: string) => `/reports/${encodeURIComponent(name)}` },
} as const;
