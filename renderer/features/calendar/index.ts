// What other features use of calendar: they import it from here, never its files (lint: boundaries/entry-point).
export { AddToCalendarButton } from './add-to-calendar-button';
