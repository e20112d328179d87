import type { TemplateJson } from './synthesize';

type Resource = TemplateJson['Resources'][string];

/** Logical ids and resources of one type, optionally filtered. */
export function resourcesOf(template: TemplateJson, type: string, where: (resource: Resource) => boolean = () => true): Array<[string, Resource]> {
  return Object.entries(template.Resources).filter(([, resource]) => resource.Type === type && where(resource));
}

/** The single resource of a type (optionally filtered); fails when there are none or several. */
export function onlyResource(template: TemplateJson, type: string, where?: (resource: Resource) => boolean): [string, Resource] {
  const found = resourcesOf(template, type, where);
  if (found.length !== 1) throw new Error(`expected exactly one ${type}, found ${found.length}`);
  return found[0];
}

const PSEUDO: Record<string, string> = {
  'AWS::Partition': 'aws',
  'AWS::Region': 'eu-west-1',
  'AWS::AccountId': '111122223333',
  'AWS::URLSuffix': 'amazonaws.com',
};

/**
 * Renders an intrinsic the way CloudFormation would, for comparison with an exact string.
 * `Ref` of a stage becomes its StageName (what CloudFormation returns); other refs and
 * `Fn::GetAtt` become `<LogicalId>` / `<LogicalId.Attr>`.
 */
export function render(value: unknown, template: TemplateJson): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const intrinsic = value as Record<string, any>;
    if ('Ref' in intrinsic) {
      const ref = intrinsic.Ref as string;
      if (ref in PSEUDO) return PSEUDO[ref];
      const target = template.Resources[ref];
      if (target?.Type === 'AWS::ApiGateway::Stage') return target.Properties.StageName;
      return `<${ref}>`;
    }
    if ('Fn::GetAtt' in intrinsic) return `<${intrinsic['Fn::GetAtt'].join('.')}>`;
    if ('Fn::Join' in intrinsic) {
      const [separator, parts] = intrinsic['Fn::Join'];
      return (parts as unknown[]).map((part) => render(part, template)).join(separator);
    }
    if ('Fn::Sub' in intrinsic && typeof intrinsic['Fn::Sub'] === 'string') {
      return (intrinsic['Fn::Sub'] as string).replace(/\$\{([^}]+)\}/g, (_, name: string) => PSEUDO[name] ?? `<${name}>`);
    }
  }
  throw new Error(`cannot render ${JSON.stringify(value)}`);
}

export const RENDERED_REGION = PSEUDO['AWS::Region'];
export const RENDERED_ACCOUNT = PSEUDO['AWS::AccountId'];

/** Every IAM statement in the template, with the logical id of the role or policy holding it. */
export function policyStatements(template: TemplateJson): Array<{ holder: string; statement: any }> {
  const statements: Array<{ holder: string; statement: any }> = [];
  for (const [id, resource] of Object.entries(template.Resources)) {
    if (resource.Type === 'AWS::IAM::Policy') {
      for (const statement of resource.Properties.PolicyDocument.Statement) statements.push({ holder: id, statement });
    }
    if (resource.Type === 'AWS::IAM::Role') {
      for (const policy of resource.Properties.Policies ?? []) {
        for (const statement of policy.PolicyDocument.Statement) statements.push({ holder: `${id}/${policy.PolicyName}`, statement });
      }
    }
  }
  return statements;
}

export const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** The logical ids of the resources one value refers to (Ref, Fn::GetAtt, Fn::Sub), pseudo parameters left out. */
function referencesIn(value: unknown, resources: Record<string, unknown>, into: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) referencesIn(item, resources, into);
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      if (key === 'Ref' && typeof inner === 'string' && inner in resources) into.add(inner);
      else if (key === 'Fn::GetAtt') {
        const target = Array.isArray(inner) ? inner[0] : String(inner).split('.')[0];
        if (typeof target === 'string' && target in resources) into.add(target);
      } else if (key === 'Fn::Sub') {
        const text = Array.isArray(inner) ? inner[0] : inner;
        for (const [, name] of String(text).matchAll(/\$\{([^}!.]+)[^}]*\}/g)) if (name in resources) into.add(name);
        if (Array.isArray(inner)) referencesIn(inner[1], resources, into);
      } else referencesIn(inner, resources, into);
    }
  }
  return into;
}

/**
 * A dependency cycle among the template's resources (through Ref, Fn::GetAtt, Fn::Sub and
 * DependsOn), as the logical ids around it, or undefined when there is none. CloudFormation
 * refuses a template with a cycle ("Circular dependency between resources"); synth does not.
 */
export function dependencyCycle(template: TemplateJson): string[] | undefined {
  const resources = template.Resources;
  const edges = new Map<string, string[]>();
  for (const [id, resource] of Object.entries(resources)) {
    const targets = referencesIn(resource.Properties ?? {}, resources, new Set());
    for (const dependency of asArray(resource.DependsOn ?? [])) targets.add(dependency);
    edges.set(id, [...targets]);
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  const visit = (id: string): string[] | undefined => {
    if (state.get(id) === 'done') return undefined;
    if (state.get(id) === 'visiting') return [...path.slice(path.indexOf(id)), id];
    state.set(id, 'visiting');
    path.push(id);
    for (const next of edges.get(id) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(id, 'done');
    return undefined;
  };
  for (const id of edges.keys()) {
    const cycle = visit(id);
    if (cycle) return cycle;
  }
  return undefined;
}
