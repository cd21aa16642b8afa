import type { CodeSpec } from './catalog';

/** The web frameworks route files are written for; each has its own handler shape. */
export type Framework = 'express' | 'fastify' | 'koa' | 'hono' | 'next' | 'nest' | 'graphql' | 'hapi';

/** One place where a handler raises an error. */
export interface ErrorSite {
  spec: CodeSpec;
  /** The code as written: the catalog's, or a planted typo. */
  code: string;
  /** The status as sent: the catalog's, or a planted mismatch. */
  status: number;
  message: string;
}

/** An envelope style and carrier combination, as one framework writes it. */
export interface ErrorStyle {
  name: string;
  framework: Framework;
  /** Whether the status is written beside the code, so a mismatch can be planted. */
  explicitStatus: boolean;
  /** Whether the code is a string literal, so a typo can be planted. */
  literalCode: boolean;
  raise(site: ErrorSite): string[];
}

const NEST_EXCEPTIONS: Record<number, string> = {
  400: 'BadRequestException',
  401: 'UnauthorizedException',
  403: 'ForbiddenException',
  404: 'NotFoundException',
  409: 'ConflictException',
  410: 'GoneException',
  422: 'UnprocessableEntityException',
  503: 'ServiceUnavailableException',
};

const HTTP_STATUS_NAMES: Record<number, string> = {
  423: 'LOCKED',
  429: 'TOO_MANY_REQUESTS',
};

const BOOM_METHODS: Record<number, string> = {
  400: 'badRequest',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'notFound',
  409: 'conflict',
  410: 'resourceGone',
  422: 'badData',
  423: 'locked',
  429: 'tooManyRequests',
  503: 'serverUnavailable',
};

const quote = (text: string) => `'${text.replace(/'/g, "\\'")}'`;

/** The styles, grouped by the framework that writes them. */
export const ERROR_STYLES: readonly ErrorStyle[] = [
  {
    name: 'nested',
    framework: 'express',
    explicitStatus: true,
    literalCode: true,
    raise: ({ code, status, message }) => [
      `return res.status(${status}).json({ error: { code: ${quote(code)}, message: ${quote(message)} } });`,
    ],
  },
  {
    name: 'flat',
    framework: 'express',
    explicitStatus: true,
    literalCode: true,
    raise: ({ code, status, message }) => [
      `return res.status(${status}).json({`,
      `  code: ${quote(code)},`,
      `  message: ${quote(message)},`,
      `});`,
    ],
  },
  {
    name: 'directus',
    framework: 'express',
    explicitStatus: false,
    literalCode: true,
    raise: ({ code, status, message }) => [
      `return res.status(${status}).json({ errors: [{ message: ${quote(message)}, extensions: { code: ${quote(code)} } }] });`,
    ],
  },
  {
    name: 'google',
    framework: 'express',
    explicitStatus: false,
    literalCode: true,
    raise: ({ code, status, message }) => [
      `res.status(${status}).json({`,
      `  error: { code: ${status}, status: ${quote(code)}, message: ${quote(message)}, details: [] },`,
      `});`,
      `return;`,
    ],
  },
  {
    name: 'oauth',
    framework: 'express',
    explicitStatus: false,
    literalCode: true,
    raise: ({ code, status, message }) => [
      `return res.status(${status}).json({ error: ${quote(code)}, error_description: ${quote(message)} });`,
    ],
  },
  {
    name: 'contentful',
    framework: 'express',
    explicitStatus: false,
    literalCode: true,
    raise: ({ code, status, message }) => [
      `return res.status(${status}).json({`,
      `  sys: { type: 'Error', id: ${quote(code)} },`,
      `  message: ${quote(message)},`,
      `  details: {},`,
      `  requestId: req.id,`,
      `});`,
    ],
  },
  {
    name: 'http-errors',
    framework: 'express',
    explicitStatus: true,
    literalCode: true,
    raise: ({ code, status, message }) => [
      `throw createError(${status}, ${quote(message)}, { code: ${quote(code)} });`,
    ],
  },
  {
    name: 'fastify',
    framework: 'fastify',
    explicitStatus: false,
    literalCode: true,
    raise: ({ code, status, message }) => [
      `return reply.code(${status}).send({ code: ${quote(code)}, message: ${quote(message)}, statusCode: ${status} });`,
    ],
  },
  {
    name: 'koa-body',
    framework: 'koa',
    explicitStatus: true,
    literalCode: true,
    raise: ({ code, status, message }) => [
      `ctx.status = ${status};`,
      `ctx.body = { error: { code: ${quote(code)}, message: ${quote(message)} } };`,
      `return;`,
    ],
  },
  {
    name: 'koa-throw',
    framework: 'koa',
    explicitStatus: true,
    literalCode: true,
    raise: ({ code, status, message }) => [
      `ctx.throw(${status}, ${quote(message)}, { code: ${quote(code)} });`,
    ],
  },
  {
    name: 'jsonapi',
    framework: 'hono',
    explicitStatus: false,
    literalCode: true,
    raise: ({ code, status, message, spec }) => [
      `return c.json(`,
      `  { errors: [{ status: '${status}', code: ${quote(code)}, title: ${quote(spec.title)}, detail: ${quote(message)} }] },`,
      `  ${status},`,
      `);`,
    ],
  },
  {
    name: 'next',
    framework: 'next',
    explicitStatus: true,
    literalCode: true,
    raise: ({ code, status, message }) => [
      `return NextResponse.json({ error: { code: ${quote(code)}, message: ${quote(message)} } }, { status: ${status} });`,
    ],
  },
  {
    name: 'nest',
    framework: 'nest',
    explicitStatus: false,
    literalCode: true,
    raise: ({ code, status, message }) =>
      NEST_EXCEPTIONS[status]
        ? [`throw new ${NEST_EXCEPTIONS[status]}({ code: ${quote(code)}, message: ${quote(message)} });`]
        : [
            `throw new HttpException(`,
            `  { code: ${quote(code)}, message: ${quote(message)} },`,
            `  HttpStatus.${HTTP_STATUS_NAMES[status]},`,
            `);`,
          ],
  },
  {
    name: 'graphql',
    framework: 'graphql',
    explicitStatus: true,
    literalCode: true,
    raise: ({ code, status, message }) => [
      `throw new GraphQLError(${quote(message)}, {`,
      `  extensions: { code: ${quote(code)}, http: { status: ${status} } },`,
      `});`,
    ],
  },
  {
    name: 'boom',
    framework: 'hapi',
    explicitStatus: false,
    literalCode: true,
    raise: ({ code, status, message }) => [
      `throw Boom.${BOOM_METHODS[status]}(${quote(message)}, { code: ${quote(code)} });`,
    ],
  },
  {
    name: 'class',
    framework: 'express',
    explicitStatus: false,
    literalCode: false,
    raise: () => [],
  },
];

/** The imports a route file of a framework starts with. */
export const FRAMEWORK_IMPORTS: Record<Framework, string[]> = {
  express: [`import { Router, type Request, type Response } from 'express';`],
  fastify: [`import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';`],
  koa: [`import Router from '@koa/router';`, `import type { Context } from 'koa';`],
  hono: [`import { Hono } from 'hono';`],
  next: [`import { NextResponse, type NextRequest } from 'next/server';`],
  nest: [
    `import {`,
    `  Body,`,
    `  ConflictException,`,
    `  Controller,`,
    `  Get,`,
    `  HttpException,`,
    `  HttpStatus,`,
    `  NotFoundException,`,
    `  Param,`,
    `  Post,`,
    `} from '@nestjs/common';`,
  ],
  graphql: [`import { GraphQLError } from 'graphql';`],
  hapi: [`import Boom from '@hapi/boom';`, `import type { Server } from '@hapi/hapi';`],
};
