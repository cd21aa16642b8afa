import express, { type Request, type Response } from 'express';
import { findUser, updateUser } from '../services/users';

export const users = express.Router();

users.get('/users/:id', async (req: Request, res: Response) => {
  const user = await findUser(req.params.id);
  if (!user) {
    // The catalog says FORBIDDEN is 403: sending it as 404 is a status mismatch.
    return res.status(404).json({ error: { code: 'FORBIDDEN', message: 'You cannot see this user.' } });
  }
  res.json(user);
});

users.patch('/users/:id', async (req: Request, res: Response) => {
  if (typeof req.body?.name !== 'string') {
    return res.status(400).json({ error: { code: 'INVALID_PAYLOAD', message: 'A name is required.' } });
  }
  if (req.header('x-role') !== 'admin') {
    return res.status(403).json({ error: { code: 'FORBIDEN', message: 'Only admins may rename users.' } });
  }
  res.json(await updateUser(req.params.id, req.body.name));
});
