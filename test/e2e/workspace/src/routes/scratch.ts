// The suite writes envelope snippets into the handler below.
import express, { type Request, type Response } from 'express';

export const scratch = express.Router();

scratch.post('/scratch', async (req: Request, res: Response) => {
  if (!req.body) {
    // the suite inserts each envelope snippet above this line
  }
  res.status(204).end();
});
