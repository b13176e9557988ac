import { badRequest } from './http';

/**
 * The `$filter` subset Rapport uses: comparisons (`eq ne gt ge lt le`) of a property path with a literal,
 * `startswith(path,'text')`, `and`, `or`, `not` and parentheses. Anything else is a 400 naming what was not
 * understood (the emulator never silently ignores a filter).
 */
type Predicate = (item: Record<string, unknown>) => boolean;

const TOKEN = /\s*('(?:[^']|'')*'|\(|\)|,|[A-Za-z_@.][\w@./]*|-?\d[\w:.+-]*)/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let index = 0;
  while (index < text.length) {
    if (/^\s*$/.test(text.slice(index))) break;
    TOKEN.lastIndex = index;
    const match = TOKEN.exec(text);
    if (!match?.[1]) throw badRequest(`Invalid filter clause: syntax error at position ${index} in '${text}'.`);
    tokens.push(match[1]);
    index = TOKEN.lastIndex;
  }
  return tokens;
}

export function valueAt(item: unknown, path: string): unknown {
  return path.split('/').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), item);
}

function literal(token: string | undefined): unknown {
  if (token === undefined) throw badRequest('Invalid filter clause: a value is missing.');
  if (token.startsWith("'")) return token.slice(1, -1).replace(/''/g, "'");
  if (token === 'true') return true;
  if (token === 'false') return false;
  if (token === 'null') return null;
  if (/^-?\d+(\.\d+)?$/.test(token)) return Number(token);
  if (/^\d{4}-\d\d-\d\dT/.test(token)) return Date.parse(token);
  throw badRequest(`Invalid filter clause: unsupported literal '${token}'.`);
}

function comparable(value: unknown, against: unknown): unknown {
  if (typeof against === 'number' && typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value)) return Date.parse(value);
  if (typeof value === 'string' && typeof against === 'string') return value.toLowerCase();
  return value;
}

const COMPARISONS: Record<string, (a: unknown, b: unknown) => boolean> = {
  eq: (a, b) => a === b,
  ne: (a, b) => a !== b,
  gt: (a, b) => (a as number) > (b as number),
  ge: (a, b) => (a as number) >= (b as number),
  lt: (a, b) => (a as number) < (b as number),
  le: (a, b) => (a as number) <= (b as number),
};

export function parseFilter(text: string): Predicate {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = () => tokens[pos];
  const take = () => tokens[pos++];
  const expect = (t: string) => {
    if (take() !== t) throw badRequest(`Invalid filter clause: expected '${t}' in '${text}'.`);
  };

  function primary(): Predicate {
    const token = take();
    if (token === undefined) throw badRequest(`Invalid filter clause: unexpected end of '${text}'.`);
    if (token === '(') {
      const inner = orExpr();
      expect(')');
      return inner;
    }
    if (token.toLowerCase() === 'not') {
      const inner = primary();
      return (item) => !inner(item);
    }
    if (peek() === '(') {
      if (token.toLowerCase() !== 'startswith') throw badRequest(`The filter function '${token}' is not supported by the emulator.`, 'BadRequest');
      take();
      const path = take() ?? '';
      expect(',');
      const prefix = literal(take());
      expect(')');
      return (item) => String(valueAt(item, path) ?? '').toLowerCase().startsWith(String(prefix).toLowerCase());
    }
    const op = take()?.toLowerCase() ?? '';
    const compare = COMPARISONS[op];
    if (!compare) throw badRequest(`The filter operator '${op}' is not supported by the emulator.`);
    const expected = literal(take());
    const against = typeof expected === 'string' ? expected.toLowerCase() : expected;
    return (item) => compare(comparable(valueAt(item, token), expected), against);
  }

  function andExpr(): Predicate {
    let left = primary();
    while (peek()?.toLowerCase() === 'and') {
      take();
      const l = left;
      const r = primary();
      left = (item) => l(item) && r(item);
    }
    return left;
  }

  function orExpr(): Predicate {
    let left = andExpr();
    while (peek()?.toLowerCase() === 'or') {
      take();
      const l = left;
      const r = andExpr();
      left = (item) => l(item) || r(item);
    }
    return left;
  }

  const predicate = orExpr();
  if (pos < tokens.length) throw badRequest(`Invalid filter clause: unexpected '${tokens[pos]}' in '${text}'.`);
  return predicate;
}
