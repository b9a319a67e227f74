// What other features use of activity: they import it from here, never its files (lint: boundaries/entry-point).
export { ActivitySection } from './activity-section';
