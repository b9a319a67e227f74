import { useState, type ComponentPropsWithRef, type ReactNode } from 'react';
import { moneyInputText, parseMoney } from '../../../shared/domain/money';
import { TextField } from './text-field';

type Props = Omit<ComponentPropsWithRef<'input'>, 'id' | 'value' | 'onChange'> & {
  label: string;
  /** The amount in the currency's minor units; null while blank, NaN while the text is not an amount (the schema then says so). */
  value: number | null;
  currency: string;
  onChange: (amountMinor: number | null) => void;
  error?: string | undefined;
  hint?: ReactNode;
};

/**
 * An amount of money, typed as text ("1,234.50") and held by the form in minor units. The text is
 * kept as typed, so "12." stays on screen while the amount is 1200.
 */
export function MoneyField({ value, currency, onChange, ...input }: Props) {
  const [typed, setTyped] = useState({ text: textOf(value, currency), amount: value });
  // The form changed the amount itself (a reset after saving): show its text.
  if (!Object.is(typed.amount, value)) setTyped({ text: textOf(value, currency), amount: value });
  return (
    <TextField
      inputMode="decimal"
      {...input}
      value={typed.text}
      onChange={(event) => {
        const text = event.target.value;
        const amount = text.trim() === '' ? null : (parseMoney(text, currency) ?? Number.NaN);
        setTyped({ text, amount });
        onChange(amount);
      }}
    />
  );
}

function textOf(amountMinor: number | null, currency: string): string {
  return amountMinor === null || Number.isNaN(amountMinor) ? '' : moneyInputText(amountMinor, currency);
}
