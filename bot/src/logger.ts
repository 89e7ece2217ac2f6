import pino from 'pino';

/** A named logger. Components take one and make children with `child(name)`. */
export interface Logger {
  debug(obj: object | string, msg?: string): void;
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
  child(name: string): Logger;
}

class PinoLogger implements Logger {
  constructor(private readonly inner: pino.Logger) {}
  debug(obj: object | string, msg?: string): void {
    this.log('debug', obj, msg);
  }
  info(obj: object | string, msg?: string): void {
    this.log('info', obj, msg);
  }
  warn(obj: object | string, msg?: string): void {
    this.log('warn', obj, msg);
  }
  error(obj: object | string, msg?: string): void {
    this.log('error', obj, msg);
  }
  child(name: string): Logger {
    const parent = (this.inner.bindings().name as string | undefined) ?? '';
    return new PinoLogger(this.inner.child({ name: parent ? `${parent}.${name}` : name }));
  }
  private log(level: 'debug' | 'info' | 'warn' | 'error', obj: object | string, msg?: string): void {
    if (typeof obj === 'string') this.inner[level](obj);
    else this.inner[level](obj, msg);
  }
}

export interface LoggerOptions {
  level?: string;
  pretty?: boolean;
  name?: string;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const transport = options.pretty ? { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname' } } : undefined;
  return new PinoLogger(
    pino({
      name: options.name ?? 'app',
      level: options.level ?? 'info',
      // Never log personal data: these fields are removed wherever they appear.
      redact: { paths: ['*.email', '*.displayName', '*.name', '*.text', 'email', 'displayName'], censor: '[redacted]' },
      transport,
    }),
  );
}

/** A logger that drops everything (tests). */
export function silentLogger(): Logger {
  return new PinoLogger(pino({ level: 'silent' }));
}
