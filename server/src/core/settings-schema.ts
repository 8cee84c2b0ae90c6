// Generates package.json's `contributes.configuration` and schemas/smslintrc.schema.json from the
// settings declaration (and the rule registry, the country codes, the source formats), for
// scripts/generate-settings.mjs and the test that fails when the committed files are stale.
import { engineSettingDeclarations, settingDeclarations, settingGroups, severityDescriptions, type SettingDeclaration } from './settings-declaration';
import { rules, ruleDocsUrl } from './rules';
import { severities } from './types';
import { countryCodes } from './sending/countries';
import { sourceFormats, type SourceFormat } from './template/sources/source-message';
import { sourceTemplateKeyNames } from './template/sources/source-config';

type Json = Record<string, unknown>;

/** The plain text of a markdown description, for JSON schema clients without markdown: links keep their text, code loses its backticks. */
export function plainText(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`/g, '');
}

function described(markdownDescription: string): Json {
  return { description: plainText(markdownDescription), markdownDescription };
}

// ---- package.json: contributes.configuration ----

function editorProperty(declaration: SettingDeclaration): Json {
  const nullable = declaration.default === null;
  const typed = (type: string): Json => ({ type: nullable ? [type, 'null'] : type });
  let shape: Json;
  switch (declaration.type) {
    case 'integer':
      shape = { ...typed('integer'), default: declaration.default, minimum: declaration.minimum };
      if (declaration.maximum !== undefined) shape.maximum = declaration.maximum;
      break;
    case 'number':
      shape = { ...typed('number'), default: declaration.default, minimum: declaration.minimum };
      break;
    case 'boolean':
      shape = { type: 'boolean', default: declaration.default };
      break;
    case 'text':
      shape = { type: 'string', default: declaration.default };
      break;
    case 'enum':
      shape = { ...typed('string'), enum: [...declaration.values], default: declaration.default };
      if (declaration.enumDescriptions) shape.enumDescriptions = [...declaration.enumDescriptions];
      break;
    case 'countries':
      shape = { type: 'array', items: { type: 'string', pattern: '^[A-Za-z]{2}$' }, default: [...declaration.default] };
      break;
    case 'hosts':
      shape = { type: 'array', items: { type: 'string' }, default: [...declaration.default] };
      break;
    case 'severities':
      shape = { type: 'object', default: {}, additionalProperties: { type: 'string', enum: [...severities] } };
      break;
  }
  return { ...shape, scope: declaration.scope ?? 'resource', markdownDescription: declaration.markdownDescription };
}

/** package.json's `contributes.configuration`: every setting as `sms.<key>`. */
export function contributedConfiguration(): Json {
  return {
    title: 'SMS Templates',
    properties: Object.fromEntries(settingDeclarations.map((declaration) => [`sms.${declaration.key}`, editorProperty(declaration)])),
  };
}

// ---- schemas/smslintrc.schema.json ----

const countryRef = { $ref: '#/definitions/country' };
const countriesShape = { anyOf: [{ type: 'array', items: countryRef, minItems: 1 }, countryRef] };

function fileProperty(declaration: SettingDeclaration): Json {
  let shape: Json;
  const withDefault = declaration.default === null ? {} : { default: structuredClone(declaration.default) };
  switch (declaration.type) {
    case 'integer':
      shape = { type: 'integer', minimum: declaration.minimum, ...(declaration.maximum === undefined ? {} : { maximum: declaration.maximum }), ...withDefault };
      break;
    case 'number':
      shape = { type: 'number', minimum: declaration.minimum, ...withDefault };
      break;
    case 'boolean':
      shape = { type: 'boolean', ...withDefault };
      break;
    case 'text':
      shape = { type: 'string', minLength: 1, pattern: '\\S', ...withDefault };
      break;
    case 'enum':
      shape = { type: 'string', enum: [...declaration.values], ...withDefault };
      if (declaration.enumDescriptions) shape.enumDescriptions = declaration.enumDescriptions.map(plainText);
      break;
    case 'countries':
      shape = { ...countriesShape, ...withDefault };
      break;
    case 'hosts':
      shape = { type: 'array', items: { type: 'string', pattern: '^\\s*[A-Za-z0-9.-]+\\.[A-Za-z0-9-]+\\s*$' }, ...withDefault };
      break;
    case 'severities':
      shape = { type: 'object', ...withDefault, additionalProperties: false, properties: Object.fromEntries(rules.map((rule) => [rule.id, ruleSeverityProperty(rule)])) };
      break;
  }
  return { ...shape, ...described(declaration.markdownDescription) };
}

function ruleSeverityProperty(rule: (typeof rules)[number]): Json {
  return {
    type: 'string',
    enum: [...severities],
    enumDescriptions: [...severityDescriptions],
    description: `${rule.description} Default: ${rule.defaultSeverity}.`,
    markdownDescription: `[\`${rule.id}\`](${ruleDocsUrl(rule.id)}): ${rule.description} Default: \`${rule.defaultSeverity}\`.`,
  };
}

/** The settings part of the schema: top-level keys, nested ones inside their group's object. */
function settingsProperties(): Json {
  const properties: Json = {};
  for (const declaration of engineSettingDeclarations) {
    const [group, inner] = declaration.key.split('.');
    if (inner === undefined) {
      properties[group] = fileProperty(declaration);
      continue;
    }
    const holder = (properties[group] ??= {
      type: 'object',
      additionalProperties: false,
      default: {},
      ...described(settingGroups[group].markdownDescription),
      properties: {},
    }) as Json & { default: Json; properties: Json };
    if (declaration.default !== null) holder.default[inner] = structuredClone(declaration.default);
    holder.properties[inner] = fileProperty(declaration);
  }
  return properties;
}

const formatDescriptions: Record<SourceFormat, string> = {
  properties: 'Java .properties: {name}/{0}, \\uXXXX escapes; locale from name_xx_YY.properties',
  resx: 'NET .resx: <data name><value>, {0}; locale from Name.xx-YY.resx',
  rails: 'Rails I18n YAML: %{name}; the top key is the locale',
  i18next: 'i18next JSON: {{name}}, nested keys, _one/_other plurals; locale from the folder',
  fluent: 'Fluent .ftl: { $name }, terms, select expressions; locale from the folder',
};

/** A source's template keys: the front matter keys, with the shape `.smslintrc.json` writes them in. */
const sourceTemplateKeys: Record<(typeof sourceTemplateKeyNames)[number], Json> = {
  sender: { type: 'string', enum: ['10dlc', 'toll-free', 'short-code', 'alphanumeric'], ...described("How these messages are sent, as a template's front matter `sender`.") },
  from: { type: 'string', ...described('The number, short code or alphanumeric sender ID, as front matter `from`.') },
  to: { ...countriesShape, ...described('Destination countries (ISO 3166-1 alpha-2), as front matter `to`.') },
  brand: { type: 'string', ...described('The name recipients must recognise, as front matter `brand`.') },
  maxSegments: { type: 'integer', minimum: 1, ...described('Most segments each message may take (worst case included), as front matter `maxSegments`.') },
  unicode: { type: 'boolean', ...described('UCS-2 is intended for these messages: silences `non-gsm-character`.') },
  registered: { type: 'boolean', ...described("The sender's registration or verification is done, as front matter `registered`: silences `sender-registration`.") },
  variables: {
    type: 'object',
    ...described('Placeholder name (`code`, or `0` for `{0}`) → `{ example, maxLength, unicode }`, as front matter `variables`.'),
    additionalProperties: {
      type: 'object',
      additionalProperties: false,
      properties: { example: { type: ['string', 'number', 'boolean'] }, maxLength: { type: 'integer', minimum: 1 }, unicode: { type: 'boolean' } },
    },
  },
  rules: { $ref: '#/properties/rules', ...described('Severity per rule id for these messages, over the settings.') },
  sending: { $ref: '#/properties/sending', ...described('What one send of each message takes, as front matter `sending`.') },
};

function sourcesProperty(): Json {
  const globs = { $ref: '#/definitions/globs' };
  return {
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['files', 'format'],
      ...described(
        'A set of locale files whose string values are SMS messages: `files` and `format`, optionally `keys`, and any template key (`sender`, `to`, `maxSegments`, `variables`, `rules` …) for each of its messages.',
      ),
      properties: {
        files: { ...globs, ...described('Glob or list of globs, relative to this file, e.g. `src/main/resources/**/sms*.properties`.') },
        format: {
          type: 'string',
          enum: [...sourceFormats],
          enumDescriptions: sourceFormats.map((format) => formatDescriptions[format]),
          ...described('How the files are written: `properties`, `resx`, `rails`, `i18next` or `fluent`.'),
        },
        keys: { ...globs, ...described('Globs over dotted keys (`*` one segment, `**` any number), e.g. `verification.sms.**`; by default every string value is a message.') },
        ...Object.fromEntries(sourceTemplateKeyNames.map((key) => [key, sourceTemplateKeys[key]])),
      },
    },
    ...described(
      'Locale files that hold SMS text (Java `.properties`, .NET `.resx`, Rails YAML, i18next JSON, Fluent `.ftl`); each message is linted on its own, at its place in the file.',
    ),
  };
}

/** schemas/smslintrc.schema.json: the settings without the `sms.` prefix, and `sources`. */
export function smslintrcSchema(): Json {
  const properties = settingsProperties();
  const withSources: Json = {};
  // `sources` sits after `sending`, where the file has kept it.
  for (const [key, value] of Object.entries(properties)) {
    withSources[key] = value;
    if (key === 'sending') withSources.sources = sourcesProperty();
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/sms-templates/vscode-sms-templates/blob/main/schemas/smslintrc.schema.json',
    title: 'smslint settings (.smslintrc.json)',
    ...described(
      'Settings for SMS templates (`*.sms`) in this folder and below: the `sms.*` settings without the `sms.` prefix. The nearest `.smslintrc.json` wins. Plain JSON: comments are not allowed.',
    ),
    type: 'object',
    additionalProperties: false,
    properties: { $schema: { type: 'string', description: 'The JSON schema of this file.' }, ...withSources },
    definitions: {
      country: { type: 'string', enum: [...countryCodes].sort(), description: 'An ISO 3166-1 alpha-2 country code.' },
      globs: { anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 }] },
    },
    examples: [
      { maxSegments: 2, sender: 'toll-free', to: ['US', 'CA'], rules: { 'message-length': 'off', 'prohibited-content': 'warning' }, shorteners: { extra: ['sho.rt'] } },
    ],
  };
}
