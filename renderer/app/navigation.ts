import type { MenuRoute } from '../../shared/bridge';

/** The left navigation, in order; Alt+1…7 follow this order and the View menu uses the same paths. */
export const navItems = [
  { to: '/', key: 'dashboard' },
  { to: '/clients', key: 'clients' },
  { to: '/tasks', key: 'tasks' },
  { to: '/satisfaction', key: 'satisfaction' },
  { to: '/reviews', key: 'reviews' },
  { to: '/team', key: 'team' },
  { to: '/settings', key: 'settings' },
] as const satisfies readonly { to: MenuRoute; key: string }[];

export type NavKey = (typeof navItems)[number]['key'];

export function isNavRoute(path: string): path is MenuRoute {
  return navItems.some((item) => item.to === path);
}
