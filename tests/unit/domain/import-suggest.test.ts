import { describe, expect, it } from 'vitest';
import { normaliseHeader, suggestField } from '../../../shared/domain/import/suggest';

describe('normaliseHeader', () => {
  it('lowercases and turns punctuation into single spaces', () => {
    expect(normaliseHeader('  First_Name ')).toBe('first name');
    expect(normaliseHeader('Acct #')).toBe('acct');
    expect(normaliseHeader('E-mail')).toBe('e mail');
  });
});

describe('suggestField', () => {
  it('knows common CRM headers per kind', () => {
    const households: [string, string][] = [
      ['First Name', 'firstName'],
      ['Surname', 'lastName'],
      ['Account Name', 'householdName'],
      ['Family', 'householdName'],
      ['E-mail', 'email'],
      ['Mobile', 'phone'],
      ['Adviser', 'manager'],
      ['DOB', 'dateOfBirth'],
      ['Type', 'type'],
    ];
    for (const [header, field] of households) expect(suggestField('households', header), header).toBe(field);
    expect(suggestField('holdings', 'Acct #')).toBe('accountNumber');
    expect(suggestField('holdings', 'Market Value')).toBe('value');
    expect(suggestField('holdings', 'As of')).toBe('valuedOn');
    expect(suggestField('holdings', 'Annual Fee')).toBe('annualFee');
    expect(suggestField('holdings', 'Product')).toBe('productName');
    expect(suggestField('holdings', 'Account Type')).toBe('kind');
    expect(suggestField('interactions', 'Date')).toBe('date');
    expect(suggestField('interactions', 'Advisor')).toBe('staff');
    expect(suggestField('tasks', 'Due Date')).toBe('dueOn');
    expect(suggestField('tasks', 'Owner')).toBe('assignee');
    expect(suggestField('surveys', 'Likelihood to recommend')).toBe('nps');
    expect(suggestField('surveys', 'Satisfaction')).toBe('csat');
  });

  it('offers only fields of the kind', () => {
    expect(suggestField('holdings', 'Email')).toBeNull();
    expect(suggestField('households', 'Market Value')).toBeNull();
    expect(suggestField('tasks', 'Favourite colour')).toBeNull();
  });
});
