import { defineFieldTable } from './define-field-table.js';

/** `/3/attendancetransactions`: AttendanceTransaction fields as Fortnox documents them (sources: docs/fortnox-field-table.md). */
export const attendanceTransactionFields = defineFieldTable({
  resource: 'attendancetransactions',
  wrapper: 'AttendanceTransaction',
  listKey: 'AttendanceTransactions',
  fields: {
    // softwerkab
    '@url': ['string', 'r'],
    // softwerkab
    id: ['string', 'r'],
    EmployeeId: ['string', 'w'],
    CauseCode: ['string', 'w'],
    Date: ['date', 'w'],
    Hours: ['decimal', 'w'],
    CostCenter: ['string', 'w'],
    Project: ['string', 'w'],
  },
  listItem: {
    '@url': 'string',
    id: 'string',
    EmployeeId: 'string',
    CauseCode: 'string',
    Date: 'date',
    Hours: 'decimal',
    CostCenter: 'string',
    Project: 'string',
  },
});
