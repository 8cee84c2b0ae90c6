// Completion: the engine's front matter and placeholder completions (core/editor/front-matter-assist.ts)
// as LSP completion items, in the assist's order, as snippets where the client takes them.
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem } from 'vscode-languageserver';
import { type AssistCompletion, frontMatterCompletions, placeholderCompletions } from '../core';
import { isTemplateDocument, type ServerContext } from './context';
import { guarded, offsetOf, openDocument } from './requests';

const completionKinds: Record<AssistCompletion['kind'], CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  rule: CompletionItemKind.Reference,
  country: CompletionItemKind.EnumMember,
  severity: CompletionItemKind.EnumMember,
  sender: CompletionItemKind.EnumMember,
  variable: CompletionItemKind.Variable,
};

export function completionItemsOf(completions: readonly AssistCompletion[], client: { takesSnippets: boolean; suggestCommand: string | undefined }): CompletionItem[] {
  // sortText keeps the assist's order (keys as documented, severities from off to error) over the editor's alphabetical one.
  return completions.map((completion, index): CompletionItem => {
    const item: CompletionItem = {
      label: completion.label,
      kind: completionKinds[completion.kind] ?? CompletionItemKind.Text,
      sortText: String(index).padStart(4, '0'),
    };
    if (completion.detail !== undefined) item.detail = completion.detail;
    if (completion.documentation !== undefined) item.documentation = { kind: MarkupKind.Markdown, value: completion.documentation };
    if (completion.insertText !== undefined) item.insertText = completion.insertText;
    if (completion.insertTextIsSnippet) {
      if (client.takesSnippets) item.insertTextFormat = InsertTextFormat.Snippet;
      else item.insertText = item.insertText?.replace('$0', '');
    }
    // VS Code's own command: the value list opens as soon as the key is in, as in its JSON and YAML support.
    if (completion.suggestsValues && client.suggestCommand) item.command = { title: 'Suggest values', command: client.suggestCommand };
    return item;
  });
}

export function registerCompletion(context: ServerContext): void {
  context.connection.onCompletion(
    guarded(context, 'textDocument/completion', [] as CompletionItem[], async (params) => {
      const document = openDocument(context, params);
      if (!document || !isTemplateDocument(document) || (await context.localeSources.sourceOf(document.uri))) return [];
      const offset = offsetOf(document, params.position);
      const { lint } = await context.lints.lintOf(document);
      const template = lint.analysis.template;
      const completions =
        offset >= template.bodyStart ? placeholderCompletions(template, offset, lint.analysis.dialect?.model) : frontMatterCompletions(template, offset, lint.analysis.settings);
      return completionItemsOf(completions, context.client);
    }),
  );
}
