/** Minutes without keyboard or mouse use after which a workstation that requires sign-in locks, unless set otherwise. */
export const defaultIdleMinutes = 15;
