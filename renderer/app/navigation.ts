import { appScreens, type MenuRoute } from '../../shared/bridge';

/** The left navigation, in order; Alt+1…9 follow this order and the View menu uses the same paths. */
export const navItems = appScreens;

export type NavKey = (typeof navItems)[number]['key'];

export function isNavRoute(path: string): path is MenuRoute {
  return navItems.some((item) => item.to === path);
}
