import { ValidationFailed, type FieldProblem, type TemplateKind } from '@steward/domain';
import type { TemplateSource } from '../rendering/default-templates';
import { createTemplateEngine } from '../rendering/template-engine';
import { compileTemplate, renderTemplate, type RenderedMessage } from '../rendering/thank-you-renderer';
import { TEMPLATE_SAMPLES } from './template-samples';

type Part = keyof TemplateSource;
const PARTS: Part[] = ['subject', 'text', 'html'];

// Its own instance: strict compiles for validation never share state with the sending engine.
const engine = createTemplateEngine();

interface AstNode {
  type?: string;
  escaped?: boolean;
  path?: { type?: string; original?: unknown };
  params?: unknown[];
  hash?: unknown;
  loc?: { start: { line: number; column: number } };
}

/** The first problem of the AST a render cannot show: triple-stash and unknown helpers. */
function astProblem(node: unknown): string | null {
  if (!node || typeof node !== 'object') return null;
  const n = node as AstNode;
  const at = n.loc ? ` (line ${n.loc.start.line}, column ${n.loc.start.column + 1})` : '';
  if (n.type === 'MustacheStatement' && n.escaped === false) {
    return `triple-stash {{{ }}} (or {{& }}) is not allowed${at}: constituent data must be escaped, use {{ }}`;
  }
  const isCall = n.type === 'MustacheStatement' || n.type === 'BlockStatement' || n.type === 'SubExpression';
  const name = n.path?.type === 'PathExpression' ? n.path.original : undefined;
  if (isCall && typeof name === 'string' && ((n.params?.length ?? 0) > 0 || n.hash)) {
    if (!(name in engine.helpers)) return `unknown helper "${name}"${at}`;
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc') continue;
    const children: unknown[] = Array.isArray(value) ? value : [value];
    for (const child of children) {
      if (child && typeof child === 'object') {
        const problem = astProblem(child);
        if (problem) return problem;
      }
    }
  }
  return null;
}

function compileOptions(part: Part, strict: boolean) {
  // Same escaping as compileTemplate: only the HTML part escapes; subject and text are plain text.
  return { strict, noEscape: part !== 'html' };
}

/** The first problem of one part: syntax, triple-stash, unknown helper, or a sample that fails to render. */
function partProblem(kind: TemplateKind, part: Part, source: string): string | null {
  let ast;
  try {
    ast = engine.parse(source);
  } catch (error) {
    return (error as Error).message;
  }
  const structural = astProblem(ast);
  if (structural) return structural;
  for (const sample of TEMPLATE_SAMPLES[kind]) {
    try {
      const rendered = engine.compile(source, compileOptions(part, sample.strict))(sample.context);
      if (part === 'subject' && sample.strict && !rendered.trim())
        return 'renders empty with the sample data';
    } catch (error) {
      return `${(error as Error).message} (sample: ${sample.label})`;
    }
  }
  return null;
}

/**
 * Refuses a template that would not render: a syntax error, triple-stash, an unknown helper, a variable
 * the kind does not have, or a helper that throws, in any part. Each failing part is named, with the
 * handlebars message, so the editor can show it beside the field.
 */
export function validateTemplate(kind: TemplateKind, source: TemplateSource): void {
  const problems: FieldProblem[] = [];
  for (const part of PARTS) {
    const message = partProblem(kind, part, source[part]);
    if (message) problems.push({ field: part, message });
  }
  if (problems.length > 0) throw new ValidationFailed(problems);
}

/** The live preview: validated like a save, then rendered with the kind's first sample, as it would be sent. */
export function previewTemplate(kind: TemplateKind, source: TemplateSource): RenderedMessage {
  validateTemplate(kind, source);
  return renderTemplate(compileTemplate(source), TEMPLATE_SAMPLES[kind][0].context);
}
