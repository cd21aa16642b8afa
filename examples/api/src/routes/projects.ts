import type { FastifyInstance } from 'fastify';
import { createProject, findProject } from '../services/projects';

export async function projectRoutes(app: FastifyInstance) {
  app.get<{ Params: { id: string } }>('/projects/:id', async (request, reply) => {
    const project = await findProject(request.params.id);
    if (!project) {
      return reply.code(404).send({ error: { code: 'PROJECT_NOT_FOUND', message: 'No such project.' } });
    }
    return project;
  });

  app.post<{ Body: { name: string } }>('/projects', async (request, reply) => {
    const created = await createProject(request.body.name);
    if (created === 'taken') {
      return reply.code(409).send({ error: { code: 'PROJECT_NAME_TAKEN', message: 'That name is taken.' } });
    }
    if (created === 'unavailable') {
      // Not in the catalog at all: the docs never listed it.
      return reply.code(503).send({ error: { code: 'STORAGE_OFFLINE', message: 'Storage is offline.' } });
    }
    return reply.code(201).send(created);
  });
}
