// What other features use of office: they import it from here, never its files (lint: boundaries/entry-point).
export { OfficeConnectForm } from './office-connect-form';
export { useSwitchToLocalBook } from './use-switch-to-local-book';
