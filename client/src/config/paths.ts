/** Every client route in one place, so links and route definitions cannot drift apart. */
export const paths = {
  home: { path: '/', href: () => '/' },
  signIn: { path: '/sign-in', href: () => '/sign-in' },
  signOut: { path: '/sign-out', href: () => '/sign-out' },
  team: { path: '/team', href: () => '/team' },
  admin: {
    orgUnits: { path: '/admin/org-units', href: () => '/admin/org-units' },
    people: { path: '/admin/people', href: () => '/admin/people' },
    newPerson: { path: '/admin/people/new', href: () => '/admin/people/new' },
    person: { path: '/admin/people/:id', href: (id: string) => `/admin/people/${encodeURIComponent(id)}` },
  },
} as const;
