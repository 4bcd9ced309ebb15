import { describe, expect, it } from 'vitest';
import { Order, type User } from '../host/index.js';
import { planTimeReport } from './plan-time-report.js';

const users = new Map<string, User>([
  ['u1', { id: 'u1', name: 'Anna Berg', employmentNumber: '17', costCenter: 'SERV' }],
  ['u2', { id: 'u2', name: 'Olle Ek', employmentNumber: '18' }],
  ['u3', { id: 'u3', name: 'Kim Ny', employmentNumber: '19', costCenter: 'FÖR LÅNG KOD' }],
  ['u4', { id: 'u4', name: 'Eva Lund' }],
]);
const order = Order.parse({
  id: 'o1',
  kind: 'service',
  number: 'SO-1',
  customerId: 'c1',
  orderDate: '2026-01-05',
  actions: [
    { id: 'a1', date: '2026-01-05', userId: 'u1', description: 'Filter', hours: 2 },
    { id: 'a2', date: '2026-01-05', userId: 'u2', description: 'Filter', hours: 1 },
    { id: 'a3', date: '2026-01-05', userId: 'u3', description: 'Resa', hours: 0.5 },
    { id: 'a4', date: '2026-01-05', userId: 'u1', description: 'Resa', hours: 1 },
    { date: '2026-01-06', userId: 'u4', description: 'Test', hours: 3 },
    { id: 'a6', date: '2026-01-06', description: 'Städ', hours: 1 },
    { id: 'a7', date: '2026-01-06', userId: 'u1', description: 'Prat', hours: 0 },
  ],
});
const costCenters = (costCenter: string) =>
  planTimeReport(order, users, { costCenter }).planned.map((p) => [p.actionKey, p.costCenter]);

describe('planTimeReport', () => {
  it('books time on the user’s cost center, else on the order’s (21), else on none', () => {
    expect(costCenters('PROJ')).toEqual([
      ['a1', 'SERV'],
      ['a2', 'PROJ'],
      ['a3', 'PROJ'],
      ['a4', 'SERV'],
    ]);
    expect(costCenters('')).toEqual([
      ['a1', 'SERV'],
      ['a2', undefined],
      ['a3', undefined],
      ['a4', 'SERV'],
    ]);
  });

  it('keeps two actions of one user on one day apart and skips actions without hours', () => {
    const { planned } = planTimeReport(order, users, { costCenter: '' });
    expect(planned.filter((p) => p.userId === 'u1').map((p) => [p.date, p.hours])).toEqual([
      ['2026-01-05', 2],
      ['2026-01-05', 1],
    ]);
  });

  it('lists actions without technician or employment number with a sentence in sv and en', () => {
    const { unreportable } = planTimeReport(order, users, { costCenter: '' });
    expect(unreportable).toEqual([
      expect.objectContaining({
        actionKey: '2026-01-06:u4:4',
        code: 'missing_employment_number',
        userMessage: {
          sv: expect.stringContaining(
            'Eva Lund saknar giltigt anställningsnummer, så 3 h 2026-01-06',
          ),
          en: expect.stringContaining('Eva Lund has no valid employment number, so 3 h 2026-01-06'),
        },
      }),
      expect.objectContaining({ actionKey: 'a6', code: 'missing_user' }),
    ]);
  });
});
