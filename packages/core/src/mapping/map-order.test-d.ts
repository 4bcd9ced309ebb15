import { expectTypeOf } from 'vitest';
import type { FortnoxInvoiceInput, FortnoxOrderInput } from '../fortnox/documents/documents.js';
import type { MappingResult } from './map-order.js';

declare const result: MappingResult;

// The target narrows the document type.
if (result.target === 'invoice') expectTypeOf(result.document).toEqualTypeOf<FortnoxInvoiceInput>();
else expectTypeOf(result.document).toEqualTypeOf<FortnoxOrderInput>();
expectTypeOf(result.warnings[0]?.code).toExtend<string | undefined>();
