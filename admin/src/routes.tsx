// The console's pages, one entry each: the router and the navigation are both built from this list,
// so adding a page is one import and one entry. `roles` limits who sees it (the API enforces the same).
import type { ComponentType } from 'react';
import type { Role } from './gql/graphql';
import { ContentEditPage } from './content/ContentEditPage';
import { CONTENT_LIST_PAGES } from './content/pages';
import { DashboardPage } from './pages/DashboardPage';
import { PlaygroundPage } from './pages/playground/PlaygroundPage';
import { ReviewQueuePage } from './pages/review/ReviewQueuePage';
import { PartnerAppsPage } from './pages/administration/PartnerAppsPage';
import { StaffUsersPage } from './pages/administration/StaffUsersPage';
import { WebhooksPage } from './pages/administration/WebhooksPage';
import { AuditLogPage } from './pages/audit-log/AuditLogPage';
import { ExplorerPage } from './pages/explorer/ExplorerPage';

export interface ConsoleRoute {
  /** Under /admin; `:params` allowed. Entries with `nav: false` are reachable by link only (e.g. an edit form). */
  path: string;
  label: string;
  /** One line, shown on the dashboard. */
  description: string;
  /** The navigation group it is listed under. */
  section: 'Overview' | 'Content' | 'Review' | 'Administration' | 'Tools';
  page: ComponentType;
  /** Who may open it; absent: every signed-in staff user. */
  roles?: readonly Role[];
  nav?: boolean;
}

export const routes: readonly ConsoleRoute[] = [
  { path: '/', label: 'Dashboard', description: 'Where to start.', section: 'Overview', page: DashboardPage },
  ...CONTENT_LIST_PAGES.map(({ view, page }) => ({
    path: `/content/${view.path}`,
    label: view.label,
    description: `List, search and edit ${view.label.toLowerCase()}.`,
    section: 'Content' as const,
    page,
  })),
  { path: '/content/:kind/:id', label: 'Edit entry', description: 'One entry.', section: 'Content', page: ContentEditPage, nav: false },
  {
    path: '/review',
    label: 'Review queue',
    description: 'Clinical knowledge waiting for sign-off, with its diff and its impact on representative plans.',
    section: 'Review',
    page: ReviewQueuePage,
  },
  {
    path: '/administration/staff',
    label: 'Staff users',
    description: 'Who may sign in, and with which role.',
    section: 'Administration',
    page: StaffUsersPage,
    roles: ['ADMIN'],
  },
  {
    path: '/administration/partners',
    label: 'Partner apps',
    description: 'Partner apps and their API keys: issue, rotate, revoke.',
    section: 'Administration',
    page: PartnerAppsPage,
    roles: ['ADMIN'],
  },
  {
    path: '/administration/webhooks',
    label: 'Webhooks',
    description: 'Endpoints told of content changes, their delivery log and redelivery.',
    section: 'Administration',
    page: WebhooksPage,
    roles: ['ADMIN'],
  },
  {
    path: '/audit-log',
    label: 'Audit log',
    description: 'Every change made through the API: who, what, when, and whether it succeeded.',
    section: 'Administration',
    page: AuditLogPage,
    roles: ['ADMIN'],
  },
  {
    path: '/playground',
    label: 'Regimen playground',
    description: 'A session and a skin profile in, the plan out as a clinic calendar.',
    section: 'Tools',
    page: PlaygroundPage,
  },
  {
    path: '/explorer',
    label: 'API explorer',
    description: 'Try GraphQL queries with your own sign-in (GraphiQL).',
    section: 'Tools',
    page: ExplorerPage,
  },
];

export function canOpen(route: ConsoleRoute, role: Role): boolean {
  return !route.roles || route.roles.includes(role);
}

/** The navigation entries this role sees. */
export function visibleRoutes(role: Role): ConsoleRoute[] {
  return routes.filter((route) => route.nav !== false && canOpen(route, role));
}
