import { AdminError } from './admin/admin-errors';
import { AppError, ERROR_CATALOGUE, isAppError, type ErrorCode } from './errors';
import { hasMessage } from './i18n';

describe('the error catalogue', () => {
  const codes = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

  it('gives every code an HTTP error status and a message in Swedish and English', () => {
    for (const code of codes) {
      const { status, message } = ERROR_CATALOGUE[code];
      expect([code, status >= 400 && status < 600]).toEqual([code, true]);
      expect([code, message, hasMessage(message)]).toEqual([code, message, true]);
    }
  });

  it('makes the admin refusals app errors of the same catalogue, with their extra fields', () => {
    const err = new AdminError('PROMPT_ALREADY_SENT', { prompts: ['p1'] });
    expect(isAppError(err, 'PROMPT_ALREADY_SENT')).toBe(true);
    expect(err).toBeInstanceOf(AppError);
    expect(err.status).toBe(409);
    expect(err.userMessageKey).toBe('admin.error.PROMPT_ALREADY_SENT');
    expect(err.extra).toEqual({ prompts: ['p1'] });
  });
});
