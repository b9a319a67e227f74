import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../renderer/components/error-boundary';

function Broken(): never {
  throw new Error('boom: stack details nobody should see');
}

describe('Error boundary', () => {
  beforeEach(() => {
    // React and the boundary report the crash to the console; keep the test output readable.
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows a plain message with Reload instead of a blank window', () => {
    render(
      <ErrorBoundary scope="screen">
        <Broken />
      </ErrorBoundary>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Something went wrong showing this screen.');
    expect(alert.textContent).toContain('Your data is safe');
    expect(alert.textContent).not.toContain('boom');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });

  it('tries again when its reset key changes (another screen was chosen)', () => {
    const { rerender } = render(
      <ErrorBoundary scope="screen" resetKey="/broken">
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
    rerender(
      <ErrorBoundary scope="screen" resetKey="/fine">
        <p>Fine now</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('Fine now')).toBeTruthy();
  });
});
