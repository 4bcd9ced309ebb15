export { createMappingContext, type MappingContext, type MappingContextInput } from './context.js';
export { isMappingError, MappingError, type MappingErrorCode } from './errors.js';
export { type MappingResult, mapOrder } from './map-order.js';
export { DELIVERY_FIELDS } from './steps/delivery.js';
export { YOUR_REFERENCE_FIELDS } from './steps/your-reference.js';
export { warningFieldLabel, warningUserMessage } from './warning-text.js';
export type { MappingWarning, MappingWarningCode } from './warnings.js';
