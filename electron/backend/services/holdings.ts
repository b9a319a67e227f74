import type { Handlers } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { message } from '../../../shared/messages';
import type { Holding, Valuation } from '../../../shared/model';
import { putOp } from '../store';
import { invalid, requireActiveMember, requireClient, requireUnchangedSince } from './checks';
import type { ServiceContext } from './context';
import { newId } from './ids';

/** Only people who sell: the sales team and advisers. */
const sellers = ['sales', 'adviser'] as const;

function checkSoldBy(ctx: ServiceContext, soldById: string | null | undefined): void {
  if (soldById) requireActiveMember(ctx, soldById, 'soldById', message('chosenAs.seller'), sellers);
}

function checkDates(holding: Pick<Holding, 'openedOn' | 'closedOn'>): void {
  if (holding.openedOn !== null && holding.closedOn !== null && holding.closedOn < holding.openedOn) {
    throw invalid(message('refused.holdingClosesBeforeOpening'), 'closedOn', message('issues.onOrAfterOpening'));
  }
}

function requireHolding(ctx: ServiceContext, id: string): Holding {
  const holding = ctx.store.get('holdings', id);
  if (!holding) throw new AppError('NOT_FOUND', message('gone.holding'));
  return holding;
}

/** `history` with `valuation` in date order; a valuation on the same day replaces the earlier one. */
export function withValuation(history: readonly Valuation[], valuation: Valuation): Valuation[] {
  const next = history.filter((entry) => entry.on !== valuation.on);
  const at = next.findIndex((entry) => entry.on > valuation.on);
  next.splice(at === -1 ? next.length : at, 0, valuation);
  return next;
}

/** The holding with `valueHistory` (oldest first) and its newest entry as the current value; none left is nothing valued. */
function withHistory(holding: Holding, valueHistory: Valuation[]): Holding {
  const newest = valueHistory.at(-1);
  return newest
    ? { ...holding, valueHistory, value: newest.value, valuedOn: newest.on }
    : { ...holding, valueHistory, value: { amountMinor: 0, currency: holding.value.currency }, valuedOn: null };
}

export function holdingHandlers(
  ctx: ServiceContext,
): Pick<Handlers, 'holdings:create' | 'holdings:update' | 'holdings:recordValue' | 'holdings:removeValue'> {
  return {
    'holdings:create': ({ value, valuedOn, ...draft }, { actor }) =>
      ctx.store.mutate(actor, () => {
        requireClient(ctx, draft.clientId, 'clientId');
        checkSoldBy(ctx, draft.soldById);
        checkDates(draft);
        const holding: Holding = { id: newId('ho'), ...draft, value, valuedOn, valueHistory: [{ on: valuedOn, value }] };
        return { ops: [putOp('holdings', holding)], result: holding };
      }),

    'holdings:update': ({ id, expectedVersion, changes }, { actor }) =>
      ctx.store.mutate(actor, () => {
        const current = requireHolding(ctx, id);
        requireUnchangedSince(ctx, 'holdings', id, expectedVersion, message('conflict.thisProduct'));
        // Checked only when it changes: a seller who has since left still sold the holdings they sold.
        checkSoldBy(ctx, changes.soldById);
        const holding: Holding = { ...current, ...changes };
        checkDates(holding);
        return { ops: [putOp('holdings', holding)], result: holding };
      }),

    'holdings:recordValue': ({ id, on, value }, { actor }) =>
      ctx.store.mutate(actor, () => {
        const current = requireHolding(ctx, id);
        const holding = withHistory(current, withValuation(current.valueHistory, { on, value }));
        return { ops: [putOp('holdings', holding)], result: holding };
      }),

    // A change like any other: the trail records who changed the holding and when.
    'holdings:removeValue': ({ id, on, expectedVersion }, { actor }) =>
      ctx.store.mutate(actor, () => {
        const current = requireHolding(ctx, id);
        requireUnchangedSince(ctx, 'holdings', id, expectedVersion, message('conflict.thisProduct'));
        if (!current.valueHistory.some((entry) => entry.on === on)) {
          throw invalid(message('refused.noValuationThatDay'), 'on', message('issues.noValuation'));
        }
        const holding = withHistory(
          current,
          current.valueHistory.filter((entry) => entry.on !== on),
        );
        return { ops: [putOp('holdings', holding)], result: holding };
      }),
  };
}
