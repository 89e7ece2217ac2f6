import { readFileSync } from 'node:fs';

/**
 * A pragmatic reader of Bicep source for tests (there is no Bicep compiler here).
 * Comments are removed and every string literal is replaced by a `'#N'` marker,
 * so that regular expressions over the remaining code cannot trip over quotes,
 * braces or parentheses inside strings.
 */

export interface BicepLiteral {
  /** The literal's text between the quotes, interpolations kept as `${...}`. */
  value: string;
  /** The expressions inside `${...}`. */
  interpolations: string[];
}

export interface BicepParam {
  name: string;
  type: string;
  /** Text after `=`, with literals as `'#N'`; undefined when there is no default. */
  defaultCode?: string;
  /** The default when it is a plain string literal. */
  defaultValue?: string;
  /** Values of an `@allowed([...])` decorator, if any. */
  allowed?: string[];
  /** Indexes of the literals in this param's decorators and default. */
  literalIndexes: number[];
}

export interface BicepModuleCall {
  symbol: string;
  path: string;
  /** Keys of its `params: { ... }` block, with the code of each value. */
  params: Map<string, string>;
}

export interface BicepFile {
  path: string;
  text: string;
  /** Comments removed, literals replaced by `'#N'`. */
  code: string;
  literals: BicepLiteral[];
  params: BicepParam[];
  vars: string[];
  outputs: string[];
  resources: { symbol: string; type: string; apiVersion: string }[];
  modules: BicepModuleCall[];
}

export function readBicep(path: string): BicepFile {
  return parseBicep(readFileSync(path, 'utf8'), path);
}

export function parseBicep(text: string, path = '<text>'): BicepFile {
  const { code, literals } = mask(text);
  const params = readParams(code, literals);
  return {
    path,
    text,
    code,
    literals,
    params,
    vars: [...code.matchAll(/^var\s+(\w+)\s*=/gm)].map((m) => m[1]),
    outputs: [...code.matchAll(/^output\s+(\w+)\s+\w+\s*=/gm)].map((m) => m[1]),
    resources: [...code.matchAll(/^resource\s+(\w+)\s+'#(\d+)'/gm)].map((m) => {
      const [type, apiVersion = ''] = literals[Number(m[2])].value.split('@');
      return { symbol: m[1], type, apiVersion };
    }),
    modules: [...code.matchAll(/^module\s+(\w+)\s+'#(\d+)'\s*=\s*\{/gm)].map((m) => {
      const body = block(code, (m.index ?? 0) + m[0].length - 1);
      const paramsAt = /\bparams\s*:\s*\{/.exec(body);
      const paramsBody = paramsAt ? block(body, paramsAt.index + paramsAt[0].length - 1) : '';
      return { symbol: m[1], path: literals[Number(m[2])].value, params: topLevelProperties(paramsBody) };
    }),
  };
}

/** The value of a literal marker such as `'#3'`, or undefined when `code` is not one. */
export function literalOf(file: BicepFile, code: string | undefined): string | undefined {
  const m = code === undefined ? null : /^'#(\d+)'$/.exec(code.trim());
  return m ? file.literals[Number(m[1])].value : undefined;
}

/** Every value given to `key:` anywhere in the file, literals resolved, other code as written. */
export function propertyValues(file: BicepFile, key: string): string[] {
  const re = new RegExp(`(?:^|[\\s{,])${key}\\s*:\\s*([^\\n]+)`, 'gm');
  return [...file.code.matchAll(re)].map((m) => {
    const raw = m[1].trim().replace(/,$/, '');
    return literalOf(file, raw) ?? raw;
  });
}

/** Identifiers used as values: not keys, properties, functions, decorators or declarations. */
export function referencedIdentifiers(file: BicepFile): Set<string> {
  const keywords = new Set([
    'true',
    'false',
    'null',
    'for',
    'in',
    'if',
    'existing',
    'targetScope',
    'param',
    'var',
    'resource',
    'module',
    'output',
  ]);
  const types = new Set(['string', 'int', 'bool', 'object', 'array']);
  const sources = [file.code, ...file.literals.flatMap((l) => l.interpolations.map((i) => mask(i).code))];
  const used = new Set<string>();
  for (const source of sources) {
    for (const m of source.matchAll(/[A-Za-z_]\w*/g)) {
      const name = m[0];
      const at = m.index ?? 0;
      const before = source.slice(0, at);
      const after = source.slice(at + name.length);
      if (keywords.has(name)) continue;
      if (/[.@#\w]$/.test(before) || /^\s*\(/.test(after)) continue; // property, decorator, marker, call
      if (/^\s*:/.test(after) && !/\bin\s+$/.test(before)) continue; // an object key (but `for x in items:` uses items)
      if (/\b(?:param|var|resource|module|output)\s+$/.test(before)) continue; // a declaration
      if (/\bfor\s+$/.test(before)) continue; // a loop variable
      if (types.has(name) && /\b(?:param|output)\s+\w+\s+$/.test(before)) continue; // a declared type
      used.add(name);
    }
  }
  return used;
}

/** Identifiers used as values that nothing in the file declares. */
export function undeclaredReferences(file: BicepFile): string[] {
  const declared = new Set<string>([
    ...file.params.map((p) => p.name),
    ...file.vars,
    ...file.resources.map((r) => r.symbol),
    ...file.modules.map((m) => m.symbol),
    ...[...file.code.matchAll(/\bfor\s+(\w+)\s+in\b/g)].map((m) => m[1]),
  ]);
  return [...referencedIdentifiers(file)].filter((name) => !declared.has(name));
}

// ---------------------------------------------------------------------------

function mask(text: string): { code: string; literals: BicepLiteral[] } {
  const literals: BicepLiteral[] = [];
  let code = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const comment = text.slice(i, end === -1 ? text.length : end + 2);
      code += comment.replace(/[^\n]/g, ' ');
      i += comment.length;
    } else if (ch === "'") {
      const literal = readString(text, i);
      code += `'#${literals.length}'`;
      literals.push(literal.literal);
      i = literal.end;
    } else {
      code += ch;
      i++;
    }
  }
  return { code, literals };
}

/** Reads the string literal that starts at `start` (a quote); returns it and the index after it. */
function readString(text: string, start: number): { literal: BicepLiteral; end: number } {
  if (text.startsWith("'''", start)) {
    const close = text.indexOf("'''", start + 3);
    const end = close === -1 ? text.length : close + 3;
    return { literal: { value: text.slice(start + 3, close === -1 ? text.length : close), interpolations: [] }, end };
  }
  let value = '';
  const interpolations: string[] = [];
  let i = start + 1;
  while (i < text.length && text[i] !== "'") {
    if (text[i] === '\\') {
      value += text.slice(i, i + 2);
      i += 2;
    } else if (text[i] === '$' && text[i + 1] === '{') {
      const exprStart = i + 2;
      let depth = 1;
      let j = exprStart;
      while (j < text.length && depth > 0) {
        if (text[j] === "'") {
          j = readString(text, j).end;
          continue;
        }
        if (text[j] === '{') depth++;
        if (text[j] === '}') depth--;
        j++;
      }
      interpolations.push(text.slice(exprStart, j - 1));
      value += text.slice(i, j);
      i = j;
    } else {
      value += text[i];
      i++;
    }
  }
  return { literal: { value, interpolations }, end: i + 1 };
}

/** The text inside the bracket pair that opens at `open` (`{` or `[`). */
function block(code: string, open: number): string {
  const opener = code[open];
  const closer = opener === '{' ? '}' : ']';
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === opener) depth++;
    if (code[i] === closer) depth--;
    if (depth === 0) return code.slice(open + 1, i);
  }
  return code.slice(open + 1);
}

/** `key: value` pairs at the top level of an object body (values are single-line or bracketed). */
function topLevelProperties(body: string): Map<string, string> {
  const out = new Map<string, string>();
  let depth = 0;
  let lineStart = true;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (depth === 0 && lineStart) {
      const m = /^\s*(\w+)\s*:\s*/.exec(body.slice(i));
      if (m) {
        const valueStart = i + m[0].length;
        let end = valueStart;
        let d = 0;
        while (end < body.length && (d > 0 || body[end] !== '\n')) {
          if (body[end] === '{' || body[end] === '[' || body[end] === '(') d++;
          if (body[end] === '}' || body[end] === ']' || body[end] === ')') d--;
          end++;
        }
        out.set(m[1], body.slice(valueStart, end).trim());
        i = end - 1;
        lineStart = false;
        continue;
      }
    }
    if (ch === '{' || ch === '[' || ch === '(') depth++;
    if (ch === '}' || ch === ']' || ch === ')') depth--;
    lineStart = ch === '\n' || (lineStart && /\s/.test(ch));
  }
  return out;
}

function readParams(code: string, literals: BicepLiteral[]): BicepParam[] {
  const lines = code.split('\n');
  const params: BicepParam[] = [];
  lines.forEach((line, index) => {
    const m = /^param\s+(\w+)\s+(\w+)(?:\s*=\s*(.+))?\s*$/.exec(line);
    if (!m) return;
    // Decorators are the lines just above: `@name(...)`, or the items of a multi-line `@allowed([`.
    let first = index;
    while (first > 0 && /^\s*(@|'#\d+'|-?\d+|\]\)|true|false)/.test(lines[first - 1])) first--;
    const decorators = lines.slice(first, index).join('\n');
    const allowedMatch = /@allowed\(\s*\[([\s\S]*?)\]\s*\)/.exec(decorators);
    const indexes = (s: string) => [...s.matchAll(/'#(\d+)'/g)].map((x) => Number(x[1]));
    const defaultCode = m[3]?.trim();
    const defaultLiteral = defaultCode && /^'#(\d+)'$/.exec(defaultCode);
    params.push({
      name: m[1],
      type: m[2],
      defaultCode,
      defaultValue: defaultLiteral ? literals[Number(defaultLiteral[1])].value : undefined,
      allowed: allowedMatch ? indexes(allowedMatch[1]).map((n) => literals[n].value) : undefined,
      literalIndexes: [...indexes(decorators), ...indexes(defaultCode ?? '')],
    });
  });
  return params;
}
