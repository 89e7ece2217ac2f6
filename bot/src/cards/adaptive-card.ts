import * as ACData from 'adaptivecards-templating';

/** An expanded Adaptive Card, as plain JSON ready for an attachment. */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: string;
  body?: unknown[];
  actions?: unknown[];
  [key: string]: unknown;
}

/**
 * Expands a card template with its data. Values from `data` are inserted as
 * they are: the templating engine never evaluates `${...}` found inside data.
 *
 * Our templates use a small part of the templating language: bindings
 * (`${a.b}`, `${$data}`, alone or within plain text), `$when` with `${a}`,
 * `${!a}`, `${a == 'x'}` or `${a != ''}`, and `$data` over arrays. Those are expanded
 * here directly, as `adaptivecards-templating` would (a test compares the
 * two on every card), at a fraction of its cost (it evaluates each binding
 * through adaptive-expressions). Anything else, and any binding whose value
 * is missing or of a type the shortcut does not judge, goes to the engine.
 */
export function expandCard(template: object, data: object): AdaptiveCard {
  const compiled = compiledOf(template);
  if (compiled.fast && !engineOnly) {
    try {
      return expandNode(compiled.fast, { root: data, data }) as AdaptiveCard;
    } catch (err) {
      if (err !== NOT_FAST) throw err;
    }
  }
  return compiled.engine().expand({ $root: data }) as AdaptiveCard;
}

/** For tests: runs `fn` with every card expanded by `adaptivecards-templating` itself. */
export function withTemplatingEngineOnly<T>(fn: () => T): T {
  engineOnly = true;
  try {
    return fn();
  } finally {
    engineOnly = false;
  }
}

let engineOnly = false;

/** For tests: whether a template is within the part of the language `expandCard` expands itself. */
export function expandsDirectly(template: object): boolean {
  return compiledOf(template).fast !== undefined;
}

interface Compiled {
  /** The template in the form the shortcut expands; undefined when it uses more of the language. */
  fast?: Node;
  /** The engine's parsed template (parsing every `${...}` is its costly part), made on first use. */
  engine(): ACData.Template;
}

const compiledTemplates = new WeakMap<object, Compiled>();

function compiledOf(template: object): Compiled {
  let compiled = compiledTemplates.get(template);
  if (!compiled) {
    let engine: ACData.Template | undefined;
    compiled = { fast: compile(template), engine: () => (engine ??= new ACData.Template(template)) };
    compiledTemplates.set(template, compiled);
  }
  return compiled;
}

/** A reference to the data, as the engine's memory reads it: `$data.a.b`, `$root.a`, `$index`. */
interface Path {
  scope: '$data' | '$root' | '$index';
  parts: string[];
  /** `parts` in lower case, for the case-insensitive look-up. */
  lower: string[];
}

type Condition = { kind: 'value'; path: Path } | { kind: 'not'; path: Path } | { kind: 'eq' | 'ne'; path: Path; literal: string };

type Node =
  | { kind: 'constant'; value: unknown }
  | { kind: 'binding'; path: Path }
  /** Text around bindings: `${a}  ` (constant parts and bindings, in order). */
  | { kind: 'text'; parts: Array<string | Path> }
  | { kind: 'array'; items: Node[] }
  | { kind: 'object'; entries: Array<[string, Node]>; when?: Condition; data?: Path };

/** The engine's reserved fields: never copied to the card. */
const RESERVED = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const PATH = `(?:\\$data|\\$root|\\$index|${NAME})(?:\\.${NAME})*`;
const BINDING = new RegExp(`^\\$\\{(${PATH})\\}$`);
const NOT = new RegExp(`^\\$\\{!(${PATH})\\}$`);
const COMPARE = new RegExp(`^\\$\\{(${PATH}) (==|!=) '([^'\\\\$]*)'\\}$`);

class Unsupported extends Error {}

function compile(template: object): Node | undefined {
  try {
    return compileNode(template);
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
}

function compileNode(node: unknown): Node {
  if (typeof node === 'string') {
    if (!node.includes('${')) return { kind: 'constant', value: node };
    const m = BINDING.exec(node);
    if (m) return { kind: 'binding', path: pathOf(m[1]) };
    return { kind: 'text', parts: interpolationOf(node) };
  }
  if (Array.isArray(node)) return { kind: 'array', items: node.map(compileNode) };
  if (node && typeof node === 'object') {
    const obj = node as Record<string, unknown>;
    const entries: Array<[string, Node]> = [];
    for (const key of Object.keys(obj)) if (!RESERVED.has(key)) entries.push([key, compileNode(obj[key])]);
    const compiled: Node = { kind: 'object', entries };
    if (obj.$when !== undefined) compiled.when = conditionOf(obj.$when);
    if (obj.$data !== undefined) {
      const m = typeof obj.$data === 'string' ? BINDING.exec(obj.$data) : null;
      if (!m) throw new Unsupported('$data');
      compiled.data = pathOf(m[1]);
    }
    return compiled;
  }
  return { kind: 'constant', value: node };
}

/** `${a}  ` → [path a, '  ']; only plain text around plain bindings (the engine parses it as a template string). */
function interpolationOf(text: string): Array<string | Path> {
  const parts: Array<string | Path> = [];
  let last = 0;
  for (const m of text.matchAll(/\$\{([^}]*)\}/g)) {
    parts.push(constantText(text.slice(last, m.index)));
    if (!new RegExp(`^${PATH}$`).test(m[1])) throw new Unsupported(text);
    parts.push(pathOf(m[1]));
    last = m.index + m[0].length;
  }
  parts.push(constantText(text.slice(last)));
  return parts.filter((part) => part !== '');
}

function constantText(text: string): string {
  if (/[\\`${}]/.test(text)) throw new Unsupported(text);
  return text;
}

function conditionOf(when: unknown): Condition {
  if (typeof when !== 'string') throw new Unsupported('$when');
  let m = BINDING.exec(when);
  if (m) return { kind: 'value', path: pathOf(m[1]) };
  m = NOT.exec(when);
  if (m) return { kind: 'not', path: pathOf(m[1]) };
  m = COMPARE.exec(when);
  if (m) return { kind: m[2] === '==' ? 'eq' : 'ne', path: pathOf(m[1]), literal: m[3] };
  throw new Unsupported(when);
}

function pathOf(text: string): Path {
  const [first, ...rest] = text.split('.');
  const path = (scope: Path['scope'], parts: string[]): Path => ({ scope, parts, lower: parts.map((p) => p.toLowerCase()) });
  if (first === '$data' || first === '$root') return path(first, rest);
  if (first === '$index') {
    if (rest.length > 0) throw new Unsupported(text);
    return path('$index', []);
  }
  if (first.startsWith('$')) throw new Unsupported(text);
  return path('$data', [first, ...rest]);
}

/** Thrown (and caught in `expandCard`) when the engine must decide. */
const NOT_FAST = Symbol('not fast');

interface Context {
  root: unknown;
  data: unknown;
  index?: number;
}

/**
 * A binding's value. The engine looks property names up case-insensitively
 * (the first key that matches) and writes `${path}` for a missing value:
 * the first is done the same way, the second is left to the engine.
 */
function valueOf(path: Path, ctx: Context): unknown {
  let value: unknown = path.scope === '$index' ? ctx.index : path.scope === '$root' ? ctx.root : ctx.data;
  for (let i = 0; i < path.parts.length; i++) {
    if (!value || typeof value !== 'object' || value instanceof Map) throw NOT_FAST;
    const key = keyOf(value, path.parts[i], path.lower[i]);
    value = key === undefined ? undefined : (value as Record<string, unknown>)[key];
  }
  if (value === undefined || value === null) throw NOT_FAST;
  return value;
}

/** The first own key (in `Object.keys` order) equal to `part` ignoring case; only keys of the same length can be. */
function keyOf(value: object, part: string, lower: string): string | undefined {
  for (const key in value) {
    if (key.length === part.length && Object.prototype.hasOwnProperty.call(value, key) && (key === part || key.toLowerCase() === lower))
      return key;
  }
  return undefined;
}

/** `$when`: kept only when it is the boolean true, as in the engine. */
function holds(condition: Condition, ctx: Context): boolean {
  const value = valueOf(condition.path, ctx);
  switch (condition.kind) {
    case 'value':
      return value === true;
    case 'not':
      if (typeof value !== 'boolean') throw NOT_FAST;
      return !value;
    case 'eq':
    case 'ne':
      if (typeof value !== 'string') throw NOT_FAST;
      return (value === condition.literal) === (condition.kind === 'eq');
  }
}

/** As the engine's `internalExpand`: `null` for an object that is dropped, an array for one repeated over `$data`. */
function expandNode(node: Node, ctx: Context): unknown {
  switch (node.kind) {
    case 'constant':
      return node.value;
    case 'binding':
      return valueOf(node.path, ctx);
    case 'text': {
      // The engine joins each value's toString(); only strings and numbers are sure to read the same here.
      let text = '';
      for (const part of node.parts) {
        if (typeof part === 'string') text += part;
        else {
          const value = valueOf(part, ctx);
          if (typeof value !== 'string' && typeof value !== 'number') throw NOT_FAST;
          text += String(value);
        }
      }
      return text;
    }
    case 'array': {
      const out: unknown[] = [];
      for (const item of node.items) {
        const expanded = expandNode(item, ctx);
        // As the engine: a dropped item (null) leaves nothing, an array (repeated, or bound) is spliced in.
        if (expanded === null) continue;
        if (Array.isArray(expanded)) out.push(...(expanded as unknown[]));
        else out.push(expanded);
      }
      return out;
    }
    case 'object': {
      // The common case (no `$data`): one context, one object or none.
      if (!node.data) return node.when && !holds(node.when, ctx) ? null : expandEntries(node.entries, ctx);
      const data = valueOf(node.data, ctx);
      if (Array.isArray(data) && data.includes(undefined)) throw NOT_FAST;
      const contexts: Context[] = Array.isArray(data)
        ? data.map((item: unknown, index) => ({ root: ctx.root, data: item, index }))
        : [{ ...ctx, data }];
      const results: Array<Record<string, unknown>> = [];
      for (const inner of contexts) {
        if (node.when && !holds(node.when, inner)) continue;
        results.push(expandEntries(node.entries, inner));
      }
      return results.length === 0 ? null : results.length === 1 ? results[0] : results;
    }
  }
}

function expandEntries(entries: Array<[string, Node]>, ctx: Context): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    const expanded = expandNode(value, ctx);
    if (expanded !== undefined) obj[key] = expanded;
  }
  return obj;
}
