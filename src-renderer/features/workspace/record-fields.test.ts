import { describe, expect, it } from 'vitest';
import { displayValue, filterFor, formData, formInputs, formValuesOf, orderByFor, recordKey, tableFields } from './record-fields';
import { company, person } from './test-workspace';

const fieldOf = (object: typeof company, name: string) => object.fields.find((field) => field.name === name)!;

describe('record fields', () => {
  it('puts the label identifier first, the system fields last, and leaves out search vectors and reverse relations', () => {
    const names = tableFields(company).map(recordKey);
    expect(names[0]).toBe('name');
    expect(names).toContain('accountOwnerId');
    expect(names).not.toContain('people');
    expect(names).not.toContain('searchVector');
    expect(names.slice(-5)).toEqual(['id', 'createdAt', 'updatedAt', 'deletedAt', 'createdBy']);
  });

  it('shows composites the way a person reads them', () => {
    expect(displayValue(fieldOf(person, 'name'), { firstName: 'Ada', lastName: 'Lovelace' })).toBe('Ada Lovelace');
    expect(displayValue(fieldOf(person, 'emails'), { primaryEmail: 'ada@example.com', additionalEmails: null })).toBe('ada@example.com');
    expect(displayValue(fieldOf(company, 'domainName'), { primaryLinkUrl: 'https://acme.com', primaryLinkLabel: '' })).toBe('https://acme.com');
    expect(displayValue(fieldOf(company, 'annualRecurringRevenue'), { amountMicros: 1_500_000_000, currencyCode: 'EUR' })).toBe('1,500 EUR');
    expect(displayValue(fieldOf(company, 'annualRecurringRevenue'), { amountMicros: null, currencyCode: '' })).toBe('');
    expect(displayValue(fieldOf(company, 'address'), { addressCity: 'Paris', addressCountry: 'France' })).toBe('Paris, France');
    expect(displayValue(fieldOf(company, 'createdBy'), { source: 'MANUAL', name: 'Twenty App Studio' })).toBe('Twenty App Studio (MANUAL)');
  });

  it('orders by a composite through its primary subfield and by a relation through its join column', () => {
    expect(orderByFor(person, { key: 'name', direction: 'AscNullsFirst' })).toEqual([{ name: { firstName: 'AscNullsFirst' } }]);
    expect(orderByFor(person, { key: 'companyId', direction: 'DescNullsLast' })).toEqual([{ companyId: 'DescNullsLast' }]);
    expect(orderByFor(company, null)).toBeUndefined();
  });

  it('builds Core API filters', () => {
    expect(filterFor(company, { path: 'name', operator: 'contains', value: 'acme' })).toEqual({ name: { ilike: '%acme%' } });
    expect(filterFor(company, { path: 'employees', operator: 'gte', value: '10' })).toEqual({ employees: { gte: 10 } });
    expect(filterFor(person, { path: 'name.lastName', operator: 'eq', value: 'Lovelace' })).toEqual({ name: { lastName: { eq: 'Lovelace' } } });
    expect(filterFor(person, { path: 'companyId', operator: 'isNull', value: '' })).toEqual({ companyId: { is: 'NULL' } });
  });

  it('turns the form into create data (only what was filled) and update data (only what changed)', () => {
    const inputs = formInputs(company);
    const paths = inputs.map((input) => input.path);
    expect(paths).toContain('domainName.primaryLinkUrl');
    expect(paths).toContain('annualRecurringRevenue.amountMicros');
    expect(paths).toContain('accountOwnerId');
    expect(paths).not.toContain('id');
    expect(paths).not.toContain('createdBy.source');
    expect(paths).not.toContain('domainName.secondaryLinks');

    const values = { ...formValuesOf(inputs, null), name: 'Acme', 'domainName.primaryLinkUrl': 'https://acme.com', 'annualRecurringRevenue.amountMicros': '2.5', idealCustomerProfile: true };
    expect(formData(inputs, values, null)).toEqual({
      name: 'Acme', domainName: { primaryLinkUrl: 'https://acme.com' }, annualRecurringRevenue: { amountMicros: 2_500_000 }, idealCustomerProfile: true,
    });

    const record = { id: 'c1', name: 'Acme', employees: 5, annualRecurringRevenue: { amountMicros: 2_500_000, currencyCode: 'USD' } };
    const initial = formValuesOf(inputs, record);
    expect(initial['annualRecurringRevenue.amountMicros']).toBe('2.5');
    expect(formData(inputs, { ...initial, employees: '6' }, initial)).toEqual({ employees: 6 });
    expect(formData(inputs, { ...initial, employees: '' }, initial)).toEqual({ employees: null });
    expect(() => formData(inputs, { ...initial, employees: 'many' }, initial)).toThrow(/not a number/);
  });
});
