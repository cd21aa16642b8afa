// Every code here is in the catalog and sent with the status the catalog gives it.
import express, { type Request, type Response } from 'express';
import { findOrder } from '../services/orders';

export const orders = express.Router();

orders.get('/orders/:id', async (req: Request, res: Response) => {
  const order = await findOrder(req.params.id);
  if (!order) {
    return res.status(404).json({ error: { code: 'ORDER_NOT_FOUND', message: 'No such order.' } });
  }
  res.json(order);
});

orders.post('/orders', async (req: Request, res: Response) => {
  if (typeof req.body?.item !== 'string') {
    return res.status(400).json({ error: { code: 'INVALID_PAYLOAD', message: 'An item is required.' } });
  }
  res.status(201).json({ id: 'o-1', item: req.body.item });
});
