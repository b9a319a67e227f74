// What other features use of requests: they import it from here, never its files (lint: boundaries/entry-point).
// Its styles come with it: a feature showing these parts has them styled.
import './requests.css';
export { NewRequestForm } from './new-request-form';
export { ComplaintFlag, OverdueFlag, RequestStatusBadge, RequestTypeLabel } from './request-flags';
export { byUrgency } from './request-order';
