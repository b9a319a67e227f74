import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import type { ClientDetail, HealthReport } from '../../shared/model';
import { HealthSection } from '../../renderer/features/client-page/health-section';
import { healthReport } from './support/health-data';
import { renderWithApp } from './support/render';

function clientDetail(status: ClientDetail['client']['status'] = 'active'): ClientDetail {
  return { client: { id: 'cl_1', name: 'Okafor Household', status } } as ClientDetail;
}

function renderSection(health: () => HealthReport, status?: ClientDetail['client']['status']) {
  return renderWithApp(<HealthSection detail={clientDetail(status)} />, {
    route: '/clients/cl_1',
    tierNames: { A: 'Platinum', B: 'Gold', C: 'Silver' },
    handlers: { 'health:client': health },
  });
}

describe('Client page: health', () => {
  it('shows the score, band word and trend, and why part by part', async () => {
    const { transport } = renderSection(() => healthReport());
    const section = screen.getByRole('region', { name: 'Client health' });
    expect(await within(section).findByText('38')).toBeTruthy();
    expect(within(section).getByText('Poor')).toBeTruthy();
    expect(within(section).getByText('down 6 points since 30 days ago')).toBeTruthy();
    expect(transport.callsTo('health:client')).toEqual([{ clientId: 'cl_1' }]);

    const parts = within(section).getAllByRole('listitem');
    expect(parts.map((part) => part.textContent)).toEqual([
      'Satisfaction12 of 30NPS answer of 5, 40 days ago',
      'Contact4 of 20No contact for 143 days; Platinum expects 30',
      'Reviews0 of 15Review overdue by 21 days (was due Mar 2, 2026)',
      'Service9 of 151 open complaint',
      'Assets3 of 10Assets down 12% over the last 12 months',
      'Tenure10 of 10Client for 7 years',
    ]);
    const contactBar = within(section).getByRole('meter', { name: 'Contact: 4 of 20 points' });
    expect(contactBar.getAttribute('value')).toBe('4');
    expect(contactBar.getAttribute('max')).toBe('20');
  });

  it('says when the trend is new or flat, never by colour alone', async () => {
    renderSection(() => healthReport({ score: 81, band: 'green', previousScore: null, trend: 'flat', atRisk: false }));
    const section = screen.getByRole('region', { name: 'Client health' });
    expect(await within(section).findByText('Good')).toBeTruthy();
    expect(within(section).getByText('no score 30 days ago')).toBeTruthy();
  });

  it('shows a failure with a retry', async () => {
    renderSection(() => {
      throw new AppError('INTERNAL', 'Broken.');
    });
    const alert = await within(screen.getByRole('region', { name: 'Client health' })).findByRole('alert');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('leaves a former client out', () => {
    const { transport } = renderSection(() => healthReport(), 'former');
    expect(screen.queryByRole('region', { name: 'Client health' })).toBeNull();
    expect(transport.callsTo('health:client')).toEqual([]);
  });
});
