// What other features use of tasks: they import it from here, never its files (lint: boundaries/entry-point).
export { useClientOnScreen, useOpenQuickAdd } from './quick-add';
