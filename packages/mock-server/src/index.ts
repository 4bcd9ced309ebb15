export { createPdf } from './pdf.js';
