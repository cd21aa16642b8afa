/**
 * The framework forms a snippet is written in: how a response body and its status leave a handler.
 * Each form is one the analyser's status-carrier table recognises (`express-status`,
 * `fastify-code`, `nest-http-exception`, `response-json`); the snippet round-trip test proves it.
 */
export interface FrameworkForm {
  /** Suffix of the snippet prefix: `err-nested-fastify`. */
  name: string;
  /** Shown in the snippet's description. */
  label: string;
  /** Writes the statement from the rendered body and status placeholder. */
  render(body: string, status: string): string;
}

export const FRAMEWORK_FORMS: readonly FrameworkForm[] = [
  {
    name: 'express',
    label: 'Express res.status().json()',
    render: (body, status) => `return res.status(${status}).json(${body});`,
  },
  {
    name: 'fastify',
    label: 'Fastify reply.code().send()',
    render: (body, status) => `return reply.code(${status}).send(${body});`,
  },
  {
    name: 'throw',
    label: 'throw new HttpException() (NestJS)',
    render: (body, status) => `throw new HttpException(${body}, ${status});`,
  },
  {
    name: 'next',
    label: 'Next.js NextResponse.json()',
    render: (body, status) => `return NextResponse.json(${body}, { status: ${status} });`,
  },
];
