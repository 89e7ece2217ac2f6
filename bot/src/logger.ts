import pino from 'pino';
import { createPseudonymizer, scrubLogFields } from './log-privacy';

/** A named logger. Components take one and make children with `child(name)`. */
export interface Logger {
  debug(obj: object | string, msg?: string): void;
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
  child(name: string): Logger;
}

type Level = 'debug' | 'info' | 'warn' | 'error';

/**
 * Every logger of a tree shares one root pino instance and binds its full
 * dotted name once: a child of a child would otherwise repeat the `name`
 * key in each line (pino appends bindings, it does not replace them).
 */
class PinoLogger implements Logger {
  private readonly inner: pino.Logger;

  constructor(
    private readonly root: pino.Logger,
    private readonly name: string,
    private readonly scrub: (fields: object) => object,
  ) {
    this.inner = name ? root.child({ name }) : root;
  }
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
    return new PinoLogger(this.root, this.name ? `${this.name}.${name}` : name, this.scrub);
  }
  private log(level: Level, obj: object | string, msg?: string): void {
    if (!this.inner.isLevelEnabled(level)) return;
    if (typeof obj === 'string') this.inner[level](obj);
    else this.inner[level](this.scrub(obj), msg);
  }
}

export interface LoggerOptions {
  level?: string;
  pretty?: boolean;
  name?: string;
  /**
   * Secret for the HMAC that turns person, tenant and conversation ids into
   * pseudonyms (SECRET_LOG_PSEUDONYM_KEY). Without it a random key is made
   * per process: pseudonyms then link lines of one process only.
   */
  pseudonymKey?: string;
  /** Where lines go (tests); stdout by default. */
  destination?: pino.DestinationStream;
}

/**
 * The app's logger: JSON lines (pino), personal data removed and ids
 * pseudonymised in every field object before it is written (see log-privacy.ts).
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const transport =
    options.pretty && !options.destination ? { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname' } } : undefined;
  const root = pino({ level: options.level ?? 'info', transport }, options.destination);
  const pseudonymizer = createPseudonymizer(options.pseudonymKey);
  return new PinoLogger(root, options.name ?? 'app', (fields) => scrubLogFields(fields, pseudonymizer));
}

/** A logger that drops everything (tests). */
export function silentLogger(): Logger {
  return new PinoLogger(pino({ level: 'silent' }), '', (fields) => fields);
}
