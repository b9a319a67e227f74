// What other features use of satisfaction: they import it from here, never its files (lint: boundaries/entry-point).
// Its styles come with it: a feature showing these parts has them styled.
import './satisfaction.css';
export { ClientResponsesChart } from './charts/client-responses-chart';
export { isLowConfidence } from './charts/confidence';
export { NpsTrendChart } from './charts/nps-trend-chart';
export { useSatisfactionFormat } from './charts/satisfaction-format';
export { QueryResult } from './query-result';
export { RecordRequestForm } from './record-request-form';
export { RecordResponseForm } from './record-response-form';
export { ResponseList } from './response-list';
export { FollowUpButton, useFollowUp } from './use-follow-up';
