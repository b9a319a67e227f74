import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../renderer/api';
import { trackBookOpening } from '../../renderer/api/book-opening';
import { BookOpeningContext, BookOpeningIndicator } from '../../renderer/app/book-opening-indicator';
import { createFakeTransport } from './support/fake-transport';

function renderIndicator(fromBoot: Promise<number | null>) {
  const transport = createFakeTransport({});
  const opening = trackBookOpening(createApiClient(transport), fromBoot);
  render(
    <BookOpeningContext value={opening}>
      <BookOpeningIndicator />
    </BookOpeningContext>,
  );
  return { transport, status: screen.getByRole('status') };
}

describe('Reading the rest of the book', () => {
  it('shows how far the reading has come, quietly, and goes once the book is whole', async () => {
    const { transport, status } = renderIndicator(Promise.resolve(0.4));
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect((await screen.findByText('Reading the book… 40%')).closest('[role="status"]')).toBe(status);
    expect(status.querySelector('progress')?.value).toBe(0.4);

    act(() => transport.emit('book:opening', { done: 0.75 }));
    expect(status.textContent).toBe('Reading the book… 75%');

    act(() => transport.emit('data:changed', { collections: [] }));
    expect(status.textContent).toBe('');
  });

  it('goes when the reading is done', async () => {
    const { transport, status } = renderIndicator(Promise.resolve(null));
    act(() => transport.emit('book:opening', { done: 0.1 }));
    expect(status.textContent).toBe('Reading the book… 10%');
    act(() => transport.emit('book:opening', { done: 1 }));
    expect(status.textContent).toBe('');
  });

  it('shows nothing when the whole book was open at boot', async () => {
    const { status } = renderIndicator(Promise.resolve(null));
    await act(async () => {});
    expect(status.textContent).toBe('');
  });
});
