import type { EnvelopeStyle, JsonValue } from '../../server/src/analysis/envelopes';
import { reasonPhrase, statusOfName } from '../../server/src/analysis/statusNames';
import { sampleStatus, sampleValue } from '../../server/src/service/completion/envelopeBody';
import {
  writeEnvelopeStatement,
  type EnvelopeValues,
} from '../../server/src/service/completion/envelopeCompletion';
import {
  jsonResponseForm,
  statementForm,
  type StatementForm,
} from '../../server/src/service/completion/forms';

/** One entry of a VS Code snippet file. */
interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

/** A VS Code snippet file: snippet name to snippet. */
type SnippetFile = Record<string, Snippet>;

/**
 * A framework a snippet is written for: the completion's statement form of its carrier, under the
 * prefix suffix and label the snippet list shows.
 */
interface FrameworkForm {
  /** Suffix of the snippet prefix: `err-nested-fastify`. */
  name: string;
  /** Shown in the snippet's name and description. */
  label: string;
  statement: StatementForm;
}

/** The frameworks with a snippet per style; the first also answers to the bare `err-<style>`. */
export const FRAMEWORK_FORMS: readonly FrameworkForm[] = [
  { name: 'express', label: 'Express res.status().json()', statement: statementForm('express-status') },
  { name: 'fastify', label: 'Fastify reply.code().send()', statement: statementForm('fastify-code') },
  {
    name: 'throw',
    label: 'throw new HttpException() (NestJS)',
    statement: statementForm('nest-http-exception'),
  },
  { name: 'next', label: 'Next.js NextResponse.json()', statement: jsonResponseForm('NextResponse') },
];

/** A generated snippet with the table row and form it was made from. */
interface EnvelopeSnippet {
  name: string;
  style: EnvelopeStyle;
  /** Undefined for a style whose body is a constructor argument. */
  form?: FrameworkForm;
  snippet: Snippet;
}

/**
 * The snippets of every envelope style, written by the completion's envelope statement from the
 * style's sample: one per framework form, or a single one for a style whose body is a constructor
 * argument (`new GraphQLError(message, { extensions })`).
 */
export function envelopeSnippets(
  table: readonly EnvelopeStyle[],
  forms: readonly FrameworkForm[] = FRAMEWORK_FORMS,
): EnvelopeSnippet[] {
  return table.flatMap((style): EnvelopeSnippet[] => {
    const values = sampleValues(style);
    if (style.root) {
      const snippet = {
        prefix: [`err-${style.name}`],
        // The form is unused: a constructed body is thrown, whatever the framework.
        body: writeEnvelopeStatement(style, forms[0].statement, values, "'").split('\n'),
        description: `Throws a ${style.name} error: ${shapeOf(style)}.`,
      };
      return [{ name: `${style.name} envelope (new ${style.root.callee})`, style, snippet }];
    }
    return forms.map((form, index) => {
      const prefix = [`err-${style.name}-${form.name}`];
      if (index === 0) prefix.unshift(`err-${style.name}`);
      const snippet = {
        prefix,
        body: writeEnvelopeStatement(style, form.statement, values, "'").split('\n'),
        description: `Sends a ${style.name} error body ${shapeOf(style)} with ${form.label}.`,
      };
      return { name: `${style.name} envelope (${form.label})`, style, form, snippet };
    });
  });
}

/** The snippets as a VS Code snippet file. */
export function toSnippetFile(snippets: readonly EnvelopeSnippet[]): SnippetFile {
  return Object.fromEntries(snippets.map(({ name, snippet }) => [name, snippet]));
}

/** The sample's own code, status, message and title: no catalog is known at build time. */
function sampleValues(style: EnvelopeStyle): EnvelopeValues {
  const code = String(sampleValue(style, style.codePath));
  const status = sampleStatus(style) ?? statusNamedBy(code) ?? 400;
  const text = (value: string | number | undefined, fallback: string) =>
    value === undefined ? fallback : String(value);
  return {
    codes: [],
    code,
    status,
    message: text(sampleValue(style, style.messagePath), 'Message'),
    title: text(sampleValue(style, style.titlePath), reasonPhrase(status) ?? ''),
  };
}

/** The status a sample code names (`FORBIDDEN`, `NotFoundError`), if it names one. */
function statusNamedBy(code: string): number | undefined {
  return statusOfName(code.endsWith('Error') ? code.slice(0, -'Error'.length) : code);
}

/** `{ error: { code, message } }`: the keys of the sample, for descriptions. */
function shapeOf(style: EnvelopeStyle): string {
  const keys = (value: JsonValue): string => {
    if (Array.isArray(value)) return `[${value.length > 0 ? keys(value[0]) : ''}]`;
    if (value && typeof value === 'object') {
      const members = Object.entries(value).map(([key, member]) =>
        member && typeof member === 'object' && Object.keys(member).length > 0
          ? `${key}: ${keys(member)}`
          : key,
      );
      return `{ ${members.join(', ')} }`;
    }
    return '';
  };
  return keys(style.sample);
}
