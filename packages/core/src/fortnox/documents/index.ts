export { FortnoxInvoiceInput, FortnoxOrderInput } from './documents.js';
export { FortnoxDate, fortnoxCode, fortnoxText, textLength } from './fields.js';
export { FortnoxInvoiceRowInput, FortnoxOrderRowInput } from './rows.js';
