import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../../renderer/api';
import { MoneyField } from '../../renderer/components/form/money-field';
import { placeIssues } from '../../renderer/components/form/place-issues';
import { TextField } from '../../renderer/components/form/text-field';
import { useForm } from '../../renderer/components/form/use-form';
import { setInterfaceLanguage } from '../../renderer/i18n';
import { fieldIssue } from '../../shared/errors';
import { message } from '../../shared/messages';

/** A form with values that are not all text: an amount in minor units, a list of rows, a yes/no. */
interface Values {
  name: string;
  amountMinor: number | null;
  rows: { key: number; text: string }[];
  urgent: boolean;
}

const schema = z.object({
  name: z.string().min(1),
  amountMinor: z.number().int().min(0),
  rows: z.array(z.object({ text: z.string().min(1) })),
  urgent: z.boolean(),
});

/** The message a control is described by, as a screen reader reads it. */
function messageOf(control: HTMLElement): string {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

const rowName = (key: number) => `row-${key}`;

function Probe({ submit }: { submit: (input: z.output<typeof schema>) => Promise<string> }) {
  const form = useForm({
    initial: { name: '', amountMinor: null, rows: [{ key: 7, text: '' }], urgent: false } as Values,
    labels: { name: 'Name', amountMinor: 'Amount', ...Object.fromEntries([[rowName(7), 'Step']]) },
    schema,
    prepare: (values) => ({ ...values, rows: values.rows.map(({ text }) => ({ text })) }),
    // `rows.0.text` is about the row at that index, named by its stable key.
    fieldOf: (path, values) => {
      const [head, index] = path;
      if (head === 'rows') {
        const row = values.rows[Number(index)];
        return row ? rowName(row.key) : undefined;
      }
      return head === 'name' || head === 'amountMinor' ? head : undefined;
    },
    check: (values) => (values.urgent && values.name === 'later' ? { name: 'An urgent item cannot wait.' } : {}),
    submit,
    onSuccess: () => {},
  });
  const row = form.values.rows[0]!;
  return (
    <form noValidate onSubmit={form.onSubmit}>
      <TextField {...form.field('name')} />
      <MoneyField
        name="amountMinor"
        label="Amount"
        currency="USD"
        value={form.values.amountMinor}
        error={form.errors.amountMinor}
        onChange={(amountMinor) => form.setValue('amountMinor', amountMinor)}
      />
      <TextField
        name={rowName(row.key)}
        label="Step"
        value={row.text}
        error={form.errors[rowName(row.key)]}
        onChange={(event) => form.update((prev) => ({ ...prev, rows: [{ ...row, text: event.target.value }] }))}
      />
      <label>
        <input type="checkbox" checked={form.values.urgent} onChange={(event) => form.setValue('urgent', event.target.checked)} />
        Urgent
      </label>
      <button type="submit">Save</button>
    </form>
  );
}

describe('the form kit', () => {
  it('checks typed values against the schema and puts each message beside its control, rows included', async () => {
    const user = userEvent.setup();
    const submit = vi.fn(async () => 'saved');
    render(<Probe submit={submit} />);

    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(messageOf(screen.getByRole('textbox', { name: 'Name' }))).toBe('Name is required.');
    expect(messageOf(screen.getByRole('textbox', { name: 'Amount' }))).toBe('Amount must be an amount like 123,456.78.');
    expect(messageOf(screen.getByRole('textbox', { name: 'Step' }))).toBe('Step is required.');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' }));
    expect(submit).not.toHaveBeenCalled();
  });

  it('sends numbers, lists and yes/no as they are typed, not as text', async () => {
    const user = userEvent.setup();
    const submit = vi.fn(async () => 'saved');
    render(<Probe submit={submit} />);

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Rebalance');
    await user.type(screen.getByRole('textbox', { name: 'Amount' }), '12.5');
    await user.type(screen.getByRole('textbox', { name: 'Step' }), 'Call');
    await user.click(screen.getByRole('checkbox', { name: 'Urgent' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(submit).toHaveBeenCalledWith({ name: 'Rebalance', amountMinor: 1250, rows: [{ text: 'Call' }], urgent: true });
  });

  it('adds the rules the schema leaves to the form', async () => {
    const user = userEvent.setup();
    const submit = vi.fn(async () => 'saved');
    render(<Probe submit={submit} />);

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'later');
    await user.type(screen.getByRole('textbox', { name: 'Amount' }), '1');
    await user.type(screen.getByRole('textbox', { name: 'Step' }), 'Call');
    await user.click(screen.getByRole('checkbox', { name: 'Urgent' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(messageOf(screen.getByRole('textbox', { name: 'Name' }))).toBe('An urgent item cannot wait.');
    expect(submit).not.toHaveBeenCalled();
  });

  it("puts the backend's issues beside the row they name", async () => {
    const user = userEvent.setup();
    const submit = vi.fn(async (): Promise<string> => {
      throw new ApiError('INVALID_INPUT', 'Some values are not valid.', [{ path: 'rows.0.text', message: 'must name a step.' }]);
    });
    render(<Probe submit={submit} />);

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Rebalance');
    await user.type(screen.getByRole('textbox', { name: 'Amount' }), '3');
    await user.type(screen.getByRole('textbox', { name: 'Step' }), 'x');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Step must name a step.')).toBeDefined();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Step' }));
  });

  it("words the backend's issue by its message key in the reader's language", async () => {
    await setInterfaceLanguage('hi');
    onTestFinished(() => setInterfaceLanguage('en'));
    const user = userEvent.setup();
    const submit = vi.fn(async (): Promise<string> => {
      throw new ApiError('INVALID_INPUT', 'Some values are not valid.', [fieldIssue('name', message('issues.unknownTask'))]);
    });
    render(<Probe submit={submit} />);

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Rebalance');
    await user.type(screen.getByRole('textbox', { name: 'Amount' }), '3');
    await user.type(screen.getByRole('textbox', { name: 'Step' }), 'x');
    await user.click(screen.getByRole('button', { name: /Save/ }));

    expect(messageOf(await screen.findByRole('textbox', { name: 'Name', description: /ज्ञात/ }))).toBe('Name कोई ज्ञात कार्य नहीं है');
  });
});

describe('placeIssues', () => {
  const columnOf = ([head, index, ...rest]: readonly string[]) => (head === 'columns' && rest.length === 0 ? index : undefined);

  it("places the backend's dotted paths and a schema's paths alike, the first message per control, and returns the rest", () => {
    const { placed, unplaced } = placeIssues(
      [
        { path: 'columns.5', message: 'first' },
        { path: ['columns', 5], message: 'second' },
        { path: ['columns', 2], message: 'third' },
        { path: 'columns.2.header', message: 'deeper' },
        { path: 'dateOrder', message: 'whole form' },
      ],
      columnOf,
      (issue, control) => `${control}: ${issue.message}`,
    );
    expect(placed).toEqual({ 5: '5: first', 2: '2: third' });
    expect(unplaced.map((issue) => issue.message)).toEqual(['deeper', 'whole form']);
  });
});
