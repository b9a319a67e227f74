// What other features use of reviews: they import it from here, never its files (lint: boundaries/entry-point).
// Its styles come with it: a feature showing these parts has them styled.
import './reviews.css';
export { agendaLineOf, agendaOf, agendaText } from './agenda-lines';
export { ClientPackets } from './client-packets';
export { EditAgendaForm } from './edit-agenda-form';
export { RecordReviewForm } from './record-review-form';
export { ScheduleReviewForm } from './schedule-review-form';
