import * as fs from 'node:fs';
import ts from 'typescript';

const parsed = new Map<string, ts.SourceFile | undefined>();

function sourceFile(file: string): ts.SourceFile | undefined {
  if (!parsed.has(file)) {
    let text: string | undefined;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      text = undefined;
    }
    parsed.set(file, text === undefined ? undefined : ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true));
  }
  return parsed.get(file);
}

const textOf = (name: ts.Node | undefined) =>
  name && (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isPrivateIdentifier(name)) ? name.text : undefined;

/** The name a function-like node goes by, as a stack frame names it (`Class.method`, `new Class`), or undefined when it has none. */
function nameOf(node: ts.SignatureDeclaration): string | undefined {
  const owner = ts.isClassLike(node.parent) ? (textOf(node.parent.name) ?? '<anonymous class>') : undefined;
  if (ts.isConstructorDeclaration(node)) return `new ${owner}`;
  const own = textOf(node.name);
  if (own) return owner ? `${owner}.${own}` : own;
  const holder = node.parent;
  if (ts.isVariableDeclaration(holder) || ts.isPropertyAssignment(holder) || ts.isPropertyDeclaration(holder)) return textOf(holder.name);
  return undefined;
}

/**
 * The function a position of a source file is in, named as in the source: what a stack frame of
 * that position names once minification has renamed it. `null` when the position is in a function
 * without a name (a callback) or at a module's top level; undefined when the file cannot be read
 * here (the trace then keeps what the bundle's frame says).
 *
 * @example
 * functionNameAt('data/orders.ts', 88, 11) // 'placeOrder'
 */
export function functionNameAt(file: string, line: number, column: number): string | null | undefined {
  const source = sourceFile(file);
  if (!source) return undefined;
  const lineStarts = source.getLineStarts();
  if (line < 1 || line > lineStarts.length) return undefined;
  const position = lineStarts[line - 1]! + column - 1;
  let found: ts.SignatureDeclaration | undefined;
  const visit = (node: ts.Node): void => {
    if (position < node.getStart(source) || position >= node.getEnd()) return;
    if (ts.isFunctionLike(node) && 'body' in node && node.body) found = node;
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found ? (nameOf(found) ?? null) : null;
}
