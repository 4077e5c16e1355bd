export { parseDate, orderForLocale, type DateOrder, type ParsedDate } from './parse-date';
export { findDateOfService, type DateOfService, type DateSettled } from './find-date-of-service';
export { orderShownBy, type OrderEvidence } from './date-order';
