import hiActivity from './hi-activity.json';
import hiCalendar from './hi-calendar.json';
import hiClientPage from './hi-client-page.json';
import hiHealth from './hi-health.json';
import hiImport from './hi-import.json';
import hiMessages from './hi-messages.json';
import hiOffice from './hi-office.json';
import hiPacket from './hi-packet.json';
import hiRequests from './hi-requests.json';
import hiReviews from './hi-reviews.json';
import hiSatisfaction from './hi-satisfaction.json';
import hiSearch from './hi-search.json';
import hiTasks from './hi-tasks.json';
import hiWorkflows from './hi-workflows.json';
import hi from './hi.json';

/** Hindi text, under the same keys as `english` (index.ts). Its own chunk: only a Hindi reader downloads it. */
export const hindi = {
  ...hi,
  clientPage: hiClientPage,
  tasks: hiTasks,
  requests: hiRequests,
  workflows: hiWorkflows,
  satisfaction: hiSatisfaction,
  health: hiHealth,
  reviews: hiReviews,
  calendar: hiCalendar,
  packet: hiPacket,
  import: hiImport,
  activity: hiActivity,
  officeConnect: hiOffice,
  search: hiSearch,
  messages: hiMessages,
};
