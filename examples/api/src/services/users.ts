export interface User {
  id: string;
  name: string;
}

const users = new Map<string, User>([['1', { id: '1', name: 'Ada' }]]);

export async function findUser(id: string): Promise<User | undefined> {
  return users.get(id);
}

export async function updateUser(id: string, name: string): Promise<User> {
  const user = { id, name };
  users.set(id, user);
  return user;
}
