export { parseDate, orderForLocale, type DateOrder, type ParsedDate } from './parse-date';
export { findDateOfService, type DateOfService } from './find-date-of-service';
