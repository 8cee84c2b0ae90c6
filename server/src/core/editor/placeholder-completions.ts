// Variable completion in a template's body: the declared variables inside a placeholder being
// typed and, for Liquid and Handlebars, the names the template binds in scope (loop items, assign/capture).
import type { ModelNode, TemplateModel } from '../template/dialects/model';
import type { Template } from '../template/template';
import type { AssistCompletion } from './front-matter-assist';

/**
 * The declared variables, right after `{{` in the body (a placeholder being typed). With a Liquid or
 * Handlebars `model`: anywhere a name is being typed inside `{{ }}` or `{% %}` (not a filter name
 * after `|`), and also the names the template binds in scope there: loop items around the cursor,
 * and `assign`/`capture` names set before it.
 */
export function placeholderCompletions(template: Template, offset: number, model?: TemplateModel): AssistCompletion[] {
  const { text } = template;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(Math.max(lineStart, offset - 200), offset);
  if (model ? !insideDialectTag(before) : !/\{\{\s*[A-Za-z0-9_.-]*$/.test(before)) return [];
  const declared: AssistCompletion[] = [...template.frontMatter.variables.values()].map((variable) => ({
    label: variable.name,
    kind: 'variable',
    detail:
      variable.example !== undefined
        ? `example: ${variable.example}`
        : model && Array.isArray(variable.exampleValue)
          ? `example: ${JSON.stringify(variable.exampleValue)}`
          : 'no example',
  }));
  if (!model) return declared;
  const seen = new Set(declared.map((completion) => completion.label));
  const bound: AssistCompletion[] = [];
  for (const local of namesInScope(model.nodes, offset, model.syntax)) {
    if (seen.has(local.name)) continue;
    seen.add(local.name);
    bound.push({ label: local.name, kind: 'variable', detail: local.detail });
  }
  return [...declared, ...bound];
}

/** Whether the text before the cursor ends in a name being typed inside an unclosed `{{` or `{%` tag. */
function insideDialectTag(before: string): boolean {
  const opened = Math.max(before.lastIndexOf('{{'), before.lastIndexOf('{%'));
  if (opened < 0) return false;
  const inside = before.slice(opened + 2);
  if (inside.includes('}}') || inside.includes('%}')) return false;
  // The name being typed, and what comes before it: a filter name follows `|`, a string is no name.
  const match = /(^|[^A-Za-z0-9_.@-])[A-Za-z0-9_.@-]*$/.exec(inside);
  if (!match) return false;
  const head = inside.slice(0, match.index + match[1].length);
  if ((head.split('"').length - 1) % 2 === 1 || (head.split("'").length - 1) % 2 === 1) return false;
  return !/\|\s*$/.test(head);
}

/** Names the template binds where the cursor is: enclosing loops' items, and assign/capture names before it. */
function namesInScope(nodes: readonly ModelNode[], offset: number, syntax: TemplateModel['syntax']): { name: string; detail: string }[] {
  const names: { name: string; detail: string }[] = [];
  const visit = (list: readonly ModelNode[]) => {
    for (const node of list) {
      if (node.kind === 'assign' && node.end <= offset) names.push({ name: node.name, detail: 'assigned in the template' });
      else if (node.kind === 'capture') {
        if (node.end <= offset) names.push({ name: node.name, detail: 'captured in the template' });
        else if (node.start < offset) visit(node.body);
      } else if (node.kind === 'branch') {
        for (const alternative of node.alternatives) visit(alternative.body);
      } else if (node.kind === 'loop') {
        if (node.start < offset && offset < node.end) {
          if (node.itemName !== 'this') names.push({ name: node.itemName, detail: 'loop item' });
          if (syntax === 'liquid') names.push({ name: 'forloop', detail: 'the loop: index, first, last, length' });
          visit(node.body);
        } else if (node.end <= offset) {
          // Liquid's `assign` inside a loop body sets a template-wide name.
          visit(node.body.filter((child) => child.kind === 'assign' || child.kind === 'capture'));
        }
        visit(node.emptyBody);
      }
    }
  };
  visit(nodes);
  return names;
}
