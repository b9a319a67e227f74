import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { MoneyField } from '../../renderer/components/form/money-field';
import { useForm } from '../../renderer/components/form/use-form';
import { FirmLocaleContext } from '../../renderer/i18n/firm-locale';

const schema = z.object({ amountMinor: z.number().int().min(0) });

/** One amount in a form, as the holding and valuation forms hold theirs. */
function AmountForm({ initial, submit }: { initial: number | null; submit: (input: { amountMinor: number }) => Promise<string> }) {
  const form = useForm({
    initial: { amountMinor: initial },
    labels: { amountMinor: 'Value' },
    schema,
    submit,
    onSuccess: () => {},
  });
  return (
    <form noValidate onSubmit={form.onSubmit}>
      <MoneyField
        name="amountMinor"
        label="Value"
        currency="INR"
        value={form.values.amountMinor}
        error={form.errors.amountMinor}
        onChange={(amountMinor) => form.setValue('amountMinor', amountMinor)}
      />
      <button type="submit">Save</button>
    </form>
  );
}

function renderIn(locale: string, initial: number | null, submit = vi.fn(async () => 'saved')) {
  render(
    <FirmLocaleContext value={{ locale, timeZone: 'Asia/Kolkata' }}>
      <AmountForm initial={initial} submit={submit} />
    </FirmLocaleContext>,
  );
  return { submit, amount: screen.getByRole('textbox', { name: 'Value' }) };
}

describe('typed amounts follow the firm’s locale', () => {
  it('reads lakh grouping in en-IN and shows the firm’s own example when an amount cannot be read', async () => {
    const user = userEvent.setup();
    const { submit, amount } = renderIn('en-IN', null);
    await user.type(amount, '12.3.4');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Value must be an amount like 1,23,456.78.')).toBeTruthy();

    await user.clear(amount);
    await user.type(amount, '₹1,23,456.78');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(submit).toHaveBeenCalledWith({ amountMinor: 12_345_678 });
  });

  it('reads and writes a comma decimal in de-DE', async () => {
    const user = userEvent.setup();
    const { submit, amount } = renderIn('de-DE', 123_456);
    expect(amount).toHaveProperty('value', '1234,56');
    await user.clear(amount);
    await user.type(amount, '1.234,5');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(submit).toHaveBeenCalledWith({ amountMinor: 123_450 });
  });
});
