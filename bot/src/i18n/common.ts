import { defineMessages } from './define';

/** Messages shared by every entry point: errors and validation. */
export const commonMessages = defineMessages({
  sv: {
    'error.generic': 'Något gick fel. Försök igen om en stund.',
    'error.validation': 'Uppgifterna är inte giltiga.',
    'error.tooLarge': 'Innehållet är för stort.',
    'error.conflict': 'Någon annan ändrade samtidigt. Ladda om och försök igen.',
    'error.unavailable': 'Tjänsten svarar inte just nu. Försök igen om en stund.',
    'error.notFound': 'Hittades inte.',
    'error.unauthenticated': 'Du behöver logga in.',
    'error.forbidden': 'Du har inte behörighet till detta.',
    'error.notEnrolled': 'Du är inte anmäld till något program ännu.',
    'error.rateLimited': 'För många förfrågningar. Vänta en stund och försök igen.',
    'validation.required': 'Fältet {field} måste fyllas i.',
    'validation.tooLong': 'Fältet {field} får vara högst {max} tecken.',
    'validation.invalid': 'Fältet {field} är ogiltigt: {reason}',
  },
  en: {
    'error.generic': 'Something went wrong. Please try again in a moment.',
    'error.validation': 'The data is not valid.',
    'error.tooLarge': 'The content is too large.',
    'error.conflict': 'Someone else changed this at the same time. Reload and try again.',
    'error.unavailable': 'The service is not responding right now. Please try again in a moment.',
    'error.notFound': 'Not found.',
    'error.unauthenticated': 'You need to sign in.',
    'error.forbidden': 'You do not have access to this.',
    'error.notEnrolled': 'You are not enrolled in any programme yet.',
    'error.rateLimited': 'Too many requests. Wait a moment and try again.',
    'validation.required': 'The field {field} is required.',
    'validation.tooLong': 'The field {field} may be at most {max} characters.',
    'validation.invalid': 'The field {field} is not valid: {reason}',
  },
});
