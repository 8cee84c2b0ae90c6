// The editor's questions about an open document — hover, code actions, inlay hints (where each new
// segment starts) — and the custom requests of protocol/: sms/segments and sms/compareTranslations.
import { MarkupKind, type InlayHint } from 'vscode-languageserver';
import { bodyHover, boundaryHint, frontMatterHover, segmentBoundaries } from '../core';
import { SegmentsRequest, type SegmentsParams, type SegmentsReply } from '../protocol/segments';
import { CompareTranslationsRequest, type TranslationsParams } from '../protocol/translations';
import { codeActionsFor } from './code-actions';
import { isTemplateDocument, type ServerContext } from './context';
import { rangeOf } from './diagnostics';
import { documentFor, guarded, offsetOf, openDocument } from './requests';
import { segmentsReplyOf } from './segments-reply';
import { sourceCodeActions, sourceHover, sourceInlayHints, sourceSegments } from './sources';

export function registerEditorRequests(context: ServerContext): void {
  const { connection, lints } = context;

  connection.onHover(
    guarded(context, 'textDocument/hover', null, async (params) => {
      const document = openDocument(context, params);
      if (!document) return null;
      const offset = offsetOf(document, params.position);
      const sourceLint = await lints.sourceLintOf(document);
      let content: { markdown: string; start: number; end: number } | undefined;
      if (sourceLint || !isTemplateDocument(document)) content = sourceLint && sourceHover(sourceLint, offset);
      else {
        const { lint } = await lints.lintOf(document);
        const template = lint.analysis.template;
        content = offset < template.bodyStart ? frontMatterHover(template, offset) : bodyHover(lint.analysis, offset);
      }
      if (!content) return null;
      return {
        contents: { kind: context.client.takesMarkdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: content.markdown },
        range: rangeOf(document, content.start, content.end),
      };
    }),
  );

  connection.onCodeAction(
    guarded(context, 'textDocument/codeAction', [], async (params) => {
      const document = openDocument(context, params);
      if (!document || !params.range) return [];
      const sourceLint = await lints.sourceLintOf(document);
      // The text may have changed while waiting (a document is updated in place): offsets would be stale.
      if (sourceLint || !isTemplateDocument(document)) {
        if (!sourceLint || !lints.isCurrent(document, sourceLint.key)) return [];
        return sourceCodeActions(document, sourceLint, params.range, params.context?.only, context.client.takesDocumentChanges);
      }
      const cached = await lints.lintOf(document);
      if (!lints.isCurrent(document, cached.key)) return [];
      return codeActionsFor({
        document,
        lint: cached.lint,
        fixAll: (cached.fixAll ??= new Map()),
        settings: cached.lint.analysis.settings,
        range: params.range,
        context: params.context ?? { diagnostics: [] },
        documentChanges: context.client.takesDocumentChanges,
      });
    }),
  );

  connection.languages.inlayHint.on(
    guarded(context, 'textDocument/inlayHint', [] as InlayHint[], async (params) => {
      const document = openDocument(context, params);
      if (!document) return [];
      const from = params.range ? offsetOf(document, params.range.start) : 0;
      const to = params.range ? offsetOf(document, params.range.end) : document.getText().length;
      const sourceLint = await lints.sourceLintOf(document);
      if (sourceLint || !isTemplateDocument(document)) return sourceLint ? sourceInlayHints(document, sourceLint, from, to) : [];
      const { lint } = await lints.lintOf(document);
      if (!lint.analysis.settings.inlayHints.segmentBoundaries) return [];
      return segmentBoundaries(lint.analysis)
        .filter((boundary) => boundary.offset >= from && boundary.offset <= to)
        .map((boundary): InlayHint => ({ position: document.positionAt(boundary.offset), ...boundaryHint(boundary) }));
    }),
  );

  // The message split into its segments, for the status bar and the segments view.
  connection.onRequest(
    SegmentsRequest.type,
    guarded(context, SegmentsRequest.method, null, async (params: SegmentsParams | undefined): Promise<SegmentsReply | null> => {
      const document = await documentFor(context, params?.uri);
      if (!document) return null;
      const sourceLint = await lints.sourceLintOf(document);
      if (sourceLint || !isTemplateDocument(document)) {
        return sourceLint ? sourceSegments(document, sourceLint, params?.position ? offsetOf(document, params.position) : undefined, params?.pieces !== false) : null;
      }
      const { lint } = await lints.lintOf(document);
      return segmentsReplyOf(document, lint.analysis, { pieces: params?.pieces !== false });
    }),
  );

  // The key under the cursor across every locale of its source.
  connection.onRequest(
    CompareTranslationsRequest.type,
    guarded(context, CompareTranslationsRequest.method, null, async (params: TranslationsParams | undefined) => {
      const document = await documentFor(context, params?.uri);
      if (!document) return null;
      const sourceLint = await lints.sourceLintOf(document);
      if (!sourceLint) return null;
      return context.localeSources.compareTranslations(sourceLint, params?.position ? offsetOf(document, params.position) : 0);
    }),
  );
}
