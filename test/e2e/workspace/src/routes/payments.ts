// Uses a code the catalog does not list yet; the suite adds it to the catalog and saves.
import express, { type Request, type Response } from 'express';

export const payments = express.Router();

payments.post('/payments', async (req: Request, res: Response) => {
  if (!req.header('x-card')) {
    return res.status(402).json({ error: { code: 'PAYMENT_REQUIRED', message: 'A card is required.' } });
  }
  res.status(429).json({ error: { code: 'REQUESTS_EXCEEDED', message: 'Slow down.' } });
});
