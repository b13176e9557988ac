import { readFileSync } from 'node:fs';
import * as ts from 'typescript';

/**
 * Reads @microsoft/microsoft-graph-types(-beta) with the TypeScript compiler: every interface with its own and
 * inherited properties, each with the name of its declared type, so response shapes can be checked at run time.
 */
export interface GraphTypes {
  members(typeName: string): Map<string, string> | undefined;
}

/** Open (dictionary) types and the type of their values. */
const DICTIONARY_VALUES: Record<string, string> = {
  PlannerAssignments: 'PlannerAssignment',
  PlannerChecklistItems: 'PlannerChecklistItem',
  PlannerExternalReferences: 'PlannerExternalReference',
};

function typeNameOf(node: ts.TypeNode | undefined): string {
  if (!node) return 'unknown';
  if (ts.isTypeReferenceNode(node)) {
    const name = node.typeName.getText();
    if (name === 'NullableOption' && node.typeArguments?.[0]) return typeNameOf(node.typeArguments[0]);
    return name;
  }
  if (ts.isArrayTypeNode(node)) return typeNameOf(node.elementType);
  return node.getText();
}

export function loadGraphTypes(packageName: string): GraphTypes {
  const file = require.resolve(`${packageName}/microsoft-graph.d.ts`);
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const interfaces = new Map<string, { own: Map<string, string>; bases: string[] }>();
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    const own = new Map<string, string>();
    for (const member of node.members) {
      if (ts.isPropertySignature(member) && member.name) own.set(member.name.getText().replace(/^['"]|['"]$/g, ''), typeNameOf(member.type));
    }
    const bases = (node.heritageClauses ?? []).flatMap((c) => c.types.map((t) => t.expression.getText()));
    interfaces.set(node.name.text, { own, bases });
  });
  const members = (typeName: string): Map<string, string> | undefined => {
    const found = interfaces.get(typeName);
    if (!found) return undefined;
    const all = new Map<string, string>();
    for (const base of found.bases) for (const [k, v] of members(base) ?? []) all.set(k, v);
    for (const [k, v] of found.own) all.set(k, v);
    return all;
  };
  return { members };
}

/**
 * Property paths in `value` that the Graph type does not declare (annotations such as `@odata.etag` aside),
 * recursing into nested objects whose declared type is a Graph interface.
 */
export function unknownProperties(types: GraphTypes, typeName: string, value: unknown, path = typeName): string[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => unknownProperties(types, typeName, item, `${path}[${i}]`));
  const dictionaryValue = DICTIONARY_VALUES[typeName];
  if (dictionaryValue) {
    return Object.entries(value).flatMap(([k, v]) => (k.startsWith('@') ? [] : unknownProperties(types, dictionaryValue, v, `${path}.${k}`)));
  }
  const declared = types.members(typeName);
  if (!declared) return [];
  if (declared.size === 0) return [];
  const problems: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith('@')) continue;
    const childType = declared.get(key);
    if (!childType) problems.push(`${path}.${key}`);
    else problems.push(...unknownProperties(types, childType, child, `${path}.${key}`));
  }
  return problems;
}
