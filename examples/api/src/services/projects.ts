export interface Project {
  id: string;
  name: string;
}

const projects = new Map<string, Project>();

export async function findProject(id: string): Promise<Project | undefined> {
  return projects.get(id);
}

export async function createProject(name: string): Promise<Project | 'taken' | 'unavailable'> {
  if ([...projects.values()].some((project) => project.name === name)) return 'taken';
  const project = { id: String(projects.size + 1), name };
  projects.set(project.id, project);
  return project;
}
