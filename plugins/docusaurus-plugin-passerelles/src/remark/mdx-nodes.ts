/** The few MDX syntax tree nodes the remark plugins write: imports, and JSX elements with literal or variable props. */
export interface EsTreeNode {
  type: string;
  [key: string]: unknown;
}

export interface MdastNode {
  type: string;
  depth?: number;
  name?: string;
  value?: string;
  children?: MdastNode[];
  attributes?: unknown[] | Record<string, unknown>;
  position?: {start: {line: number; column: number}};
  [key: string]: unknown;
}

export function importNode(local: string, source: string): MdastNode {
  const program: EsTreeNode = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ImportDeclaration',
        specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name: local}}],
        source: {type: 'Literal', value: source, raw: JSON.stringify(source)},
        attributes: [],
      },
    ],
  };
  return {type: 'mdxjsEsm', value: `import ${local} from ${JSON.stringify(source)}`, data: {estree: program}};
}

/**
 * `const local = JSON.parse("…")`: data written into the module itself. One string literal, as webpack
 * writes a JSON module: babel and terser read a string, not an object of thousands of nodes, and V8
 * parses JSON faster than the same object as JavaScript.
 */
export function jsonConstNode(local: string, json: string): MdastNode {
  const raw = JSON.stringify(json);
  const program: EsTreeNode = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'VariableDeclaration',
        kind: 'const',
        declarations: [
          {
            type: 'VariableDeclarator',
            id: {type: 'Identifier', name: local},
            init: {
              type: 'CallExpression',
              optional: false,
              callee: {
                type: 'MemberExpression',
                computed: false,
                optional: false,
                object: {type: 'Identifier', name: 'JSON'},
                property: {type: 'Identifier', name: 'parse'},
              },
              arguments: [{type: 'Literal', value: json, raw}],
            },
          },
        ],
      },
    ],
  };
  return {type: 'mdxjsEsm', value: `const ${local} = JSON.parse(${raw})`, data: {estree: program}};
}

/** A prop: a string is written as is; `{variable}` passes an imported module; a number as an expression. */
export type JsxProp = string | {variable: string} | number;

function attributeOf(name: string, value: JsxProp): Record<string, unknown> {
  if (typeof value === 'string') return {type: 'mdxJsxAttribute', name, value};
  const expression: EsTreeNode =
    typeof value === 'number' ? {type: 'Literal', value, raw: String(value)} : {type: 'Identifier', name: value.variable};
  const source = typeof value === 'number' ? String(value) : value.variable;
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: source,
      data: {estree: {type: 'Program', sourceType: 'module', body: [{type: 'ExpressionStatement', expression}], comments: []}},
    },
  };
}

export function jsxElement(flow: boolean, name: string, props: Record<string, JsxProp>, children: MdastNode[] = []): MdastNode {
  return {
    type: flow ? 'mdxJsxFlowElement' : 'mdxJsxTextElement',
    name,
    attributes: Object.entries(props).map(([key, value]) => attributeOf(key, value)),
    children,
  };
}
