// SARIF 2.1.0 output for GitHub code scanning and other SARIF viewers: one run, every rule described,
// one result per diagnostic. Regions are 1-based and count UTF-16 code units, as the ranges do.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { rules, ruleDocsUrl, type Severity } from '../core';
import type { FileReport, ReportRange } from './report';

export const sarifSchemaUri = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const informationUri = 'https://github.com/sms-templates/vscode-sms-templates';

type SarifLevel = 'error' | 'warning' | 'note';

function levelOf(severity: Exclude<Severity, 'off'>): SarifLevel {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** SARIF regions: 1-based lines and columns, the end column just past the last character. */
function regionOf(range: ReportRange) {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** The file as a URI reference: relative to `cwd` with forward slashes, or a file URL outside it. */
export function artifactUri(file: string, cwd: string): string {
  if (file === '-') return 'stdin';
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(cwd, absolute);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return pathToFileURL(absolute).href;
  return relative.split(path.sep).map(encodeURIComponent).join('/');
}

export function formatSarif(reports: readonly FileReport[], options: { cwd: string; version: string }): string {
  const ruleIndex = new Map<string, number>(rules.map((rule, index) => [rule.id, index]));
  const results = [];
  for (const report of reports) {
    const uri = artifactUri(report.file, options.cwd);
    const artifactLocation = report.file === '-' || uri.startsWith('file:') ? { uri } : { uri, uriBaseId: '%SRCROOT%' };
    for (const diagnostic of report.diagnostics) {
      const result: Record<string, unknown> = {
        ruleId: diagnostic.rule,
        level: levelOf(diagnostic.severity),
        message: { text: diagnostic.message },
        locations: [{ physicalLocation: { artifactLocation, region: regionOf(diagnostic.range) } }],
      };
      const index = ruleIndex.get(diagnostic.rule);
      if (index !== undefined) result.ruleIndex = index;
      if (diagnostic.fix) {
        result.fixes = [
          {
            description: { text: diagnostic.fix.title },
            properties: { safe: diagnostic.fix.safe },
            artifactChanges: [
              {
                artifactLocation,
                replacements: diagnostic.fix.edits.map((edit) => ({
                  deletedRegion: regionOf(edit.range),
                  insertedContent: { text: edit.newText },
                })),
              },
            ],
          },
        ];
      }
      results.push(result);
    }
  }
  const log = {
    $schema: sarifSchemaUri,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'smslint',
            informationUri,
            version: options.version,
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.id,
              shortDescription: { text: rule.description },
              helpUri: ruleDocsUrl(rule.id),
              defaultConfiguration: { level: levelOf(rule.defaultSeverity) },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
