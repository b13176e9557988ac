export { createOfficeStandIn, type OfficeSimulator, type OfficeStandInOptions } from './office-stand-in';
export { createAppointment, memoryBody, domBody, type SimulatedAppointment, type SimulatedRecipient, type BodyBackend } from './appointment';
export { OFFICE_ERRORS } from './office-errors';
export { sanitizeHtml } from './sanitize';
