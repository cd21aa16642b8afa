// Wrong on purpose: a status the catalog does not give the code, and a misspelt code.
import express, { type Request, type Response } from 'express';

export const refunds = express.Router();

refunds.post('/refunds/:orderId', async (req: Request, res: Response) => {
  if (req.header('x-role') !== 'admin') {
    return res.status(404).json({ error: { code: 'FORBIDDEN', message: 'Only admins may refund.' } });
  }
  if (!req.params.orderId) {
    return res.status(404).json({ error: { code: 'ORDER_NOT_FOUN', message: 'No such order.' } });
  }
  res.status(202).json({ refund: 'pending' });
});
