// SharePoint's $filter grammar, as far as the product and PnPjs use it: comparisons (eq ne lt le gt
// ge), and/or/not with parentheses, substringof('x', Field), startswith(Field, 'x'), null,
// datetime'...', numbers, booleans, strings with '' escapes, and lookup paths (Department/Id,
// Tracks/Id on a multi-lookup, which matches when any of its values does).

export type Literal = string | number | boolean | null | Date;

export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; inner: FilterNode }
  | { kind: 'compare'; op: 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge'; path: string; value: Literal }
  | { kind: 'substringof'; path: string; value: string }
  | { kind: 'startswith'; path: string; value: string };

export class FilterSyntaxError extends Error {}

type Token = { t: 'str'; v: string } | { t: 'num'; v: number } | { t: 'date'; v: Date } | { t: 'word'; v: string } | { t: 'punct'; v: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ t: 'punct', v: ch });
      i += 1;
    } else if (ch === "'") {
      let value = '';
      i += 1;
      for (;;) {
        if (i >= text.length) throw new FilterSyntaxError('Unterminated string literal');
        if (text[i] === "'" && text[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (text[i] === "'") {
          i += 1;
          break;
        } else {
          value += text[i];
          i += 1;
        }
      }
      tokens.push({ t: 'str', v: value });
    } else if (/[-0-9]/.test(ch)) {
      const match = /^-?\d+(\.\d+)?/.exec(text.slice(i));
      if (!match) throw new FilterSyntaxError(`Unexpected '${ch}'`);
      tokens.push({ t: 'num', v: Number(match[0]) });
      i += match[0].length;
    } else {
      const match = /^[A-Za-z_][A-Za-z0-9_/.]*/.exec(text.slice(i));
      if (!match) throw new FilterSyntaxError(`Unexpected '${ch}'`);
      i += match[0].length;
      if (match[0] === 'datetime' && text[i] === "'") {
        const end = text.indexOf("'", i + 1);
        if (end < 0) throw new FilterSyntaxError('Unterminated datetime literal');
        const date = new Date(text.slice(i + 1, end));
        if (Number.isNaN(date.getTime())) throw new FilterSyntaxError('Invalid datetime literal');
        tokens.push({ t: 'date', v: date });
        i = end + 1;
      } else {
        tokens.push({ t: 'word', v: match[0] });
      }
    }
  }
  return tokens;
}

const COMPARISONS = new Set(['eq', 'ne', 'lt', 'le', 'gt', 'ge']);

export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const next = (): Token => {
    const token = tokens[pos];
    if (!token) throw new FilterSyntaxError('Unexpected end of filter');
    pos += 1;
    return token;
  };
  const expectPunct = (v: string): void => {
    const token = next();
    if (token.t !== 'punct' || token.v !== v) throw new FilterSyntaxError(`Expected '${v}'`);
  };
  const isWord = (token: Token | undefined, v: string): boolean => token?.t === 'word' && token.v.toLowerCase() === v;

  const literal = (): Literal => {
    const token = next();
    if (token.t === 'str' || token.t === 'num' || token.t === 'date') return token.v;
    if (token.t === 'word' && token.v === 'true') return true;
    if (token.t === 'word' && token.v === 'false') return false;
    if (token.t === 'word' && token.v === 'null') return null;
    throw new FilterSyntaxError('Expected a literal');
  };

  const primary = (): FilterNode => {
    const token = peek();
    if (token?.t === 'punct' && token.v === '(') {
      next();
      const inner = orExpr();
      expectPunct(')');
      return inner;
    }
    if (isWord(token, 'not')) {
      next();
      return { kind: 'not', inner: primary() };
    }
    if (isWord(token, 'substringof')) {
      next();
      expectPunct('(');
      const value = literal();
      expectPunct(',');
      const path = next();
      expectPunct(')');
      if (typeof value !== 'string' || path.t !== 'word') throw new FilterSyntaxError('substringof needs a string and a field');
      return { kind: 'substringof', path: path.v, value };
    }
    if (isWord(token, 'startswith')) {
      next();
      expectPunct('(');
      const path = next();
      expectPunct(',');
      const value = literal();
      expectPunct(')');
      if (typeof value !== 'string' || path.t !== 'word') throw new FilterSyntaxError('startswith needs a field and a string');
      return { kind: 'startswith', path: path.v, value };
    }
    const path = next();
    if (path.t !== 'word') throw new FilterSyntaxError('Expected a field name');
    const op = next();
    if (op.t !== 'word' || !COMPARISONS.has(op.v.toLowerCase())) throw new FilterSyntaxError(`Expected a comparison after ${path.v}`);
    return { kind: 'compare', op: op.v.toLowerCase() as 'eq', path: path.v, value: literal() };
  };

  const andExpr = (): FilterNode => {
    let left = primary();
    while (isWord(peek(), 'and')) {
      next();
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  };

  function orExpr(): FilterNode {
    let left = andExpr();
    while (isWord(peek(), 'or')) {
      next();
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  }

  const tree = orExpr();
  if (pos !== tokens.length) throw new FilterSyntaxError('Unexpected text after the filter');
  return tree;
}

/** The field a clause is on: `Department/Id` and `DepartmentId` are both the Department field. */
export function rootField(path: string): string {
  const first = path.split('/')[0];
  return first;
}

/** Every field path the filter reads, leftmost first. */
export function filterPaths(node: FilterNode): string[] {
  switch (node.kind) {
    case 'and':
    case 'or':
      return [...filterPaths(node.left), ...filterPaths(node.right)];
    case 'not':
      return filterPaths(node.inner);
    default:
      return [node.path];
  }
}

/** The clause SharePoint's threshold check looks at: the leftmost one. For an `or` of clauses on
 * one field (anyOf), that field. */
export function leadingClause(node: FilterNode): FilterNode {
  if (node.kind === 'and') return leadingClause(node.left);
  return node;
}

function compareValues(a: unknown, b: Literal): number | undefined {
  if (a === null || a === undefined || b === null) return undefined;
  if (b instanceof Date) {
    const t = new Date(String(a)).getTime();
    return Number.isNaN(t) ? undefined : t - b.getTime();
  }
  if (typeof b === 'number') {
    const n = typeof a === 'number' ? a : Number(a);
    return Number.isNaN(n) ? undefined : n - b;
  }
  if (typeof b === 'boolean') return Number(a === true || a === 1) - Number(b);
  return String(a).localeCompare(String(b));
}

function compareOne(value: unknown, op: string, literal: Literal): boolean {
  if (literal === null) {
    const isNull = value === null || value === undefined || value === '';
    return op === 'eq' ? isNull : op === 'ne' ? !isNull : false;
  }
  const c = compareValues(value, literal);
  if (c === undefined) return op === 'ne';
  switch (op) {
    case 'eq':
      return c === 0;
    case 'ne':
      return c !== 0;
    case 'lt':
      return c < 0;
    case 'le':
      return c <= 0;
    case 'gt':
      return c > 0;
    default:
      return c >= 0;
  }
}

/** Evaluates the filter; `valueOf(path)` returns a value, or an array for multi-value fields. */
export function evaluate(node: FilterNode, valueOf: (path: string) => unknown): boolean {
  switch (node.kind) {
    case 'and':
      return evaluate(node.left, valueOf) && evaluate(node.right, valueOf);
    case 'or':
      return evaluate(node.left, valueOf) || evaluate(node.right, valueOf);
    case 'not':
      return !evaluate(node.inner, valueOf);
    case 'substringof': {
      const v = valueOf(node.path);
      return typeof v === 'string' && v.toLowerCase().includes(node.value.toLowerCase());
    }
    case 'startswith': {
      const v = valueOf(node.path);
      return typeof v === 'string' && v.toLowerCase().startsWith(node.value.toLowerCase());
    }
    case 'compare': {
      const v = valueOf(node.path);
      if (Array.isArray(v)) {
        return node.op === 'ne' ? v.every((x) => compareOne(x, 'ne', node.value)) : v.some((x) => compareOne(x, node.op, node.value));
      }
      return compareOne(v, node.op, node.value);
    }
  }
}
