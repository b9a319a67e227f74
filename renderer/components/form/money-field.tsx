import { useState, type ComponentPropsWithRef, type ReactNode } from 'react';
import { parseMoney } from '../../../shared/domain/money';
import { amountInputText, useTypingLocale } from './firm-typing';
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
 * An amount of money, typed as text by the firm's locale ("1,234.50", "1,23,456.50" in en-IN,
 * "1.234,50" in de-DE) and held by the form in minor units. The text is kept as typed, so "12."
 * stays on screen while the amount is 1200.
 */
export function MoneyField({ value, currency, onChange, ...input }: Props) {
  const locale = useTypingLocale();
  const [typed, setTyped] = useState({ text: textOf(value, currency, locale), amount: value });
  // The form changed the amount itself (a reset after saving): show its text.
  if (!Object.is(typed.amount, value)) setTyped({ text: textOf(value, currency, locale), amount: value });
  return (
    <TextField
      inputMode="decimal"
      {...input}
      value={typed.text}
      onChange={(event) => {
        const text = event.target.value;
        const amount = text.trim() === '' ? null : (parseMoney(text, currency, locale) ?? Number.NaN);
        setTyped({ text, amount });
        onChange(amount);
      }}
    />
  );
}

function textOf(amountMinor: number | null, currency: string, locale: string): string {
  return amountMinor === null || Number.isNaN(amountMinor) ? '' : amountInputText(amountMinor, currency, locale);
}
