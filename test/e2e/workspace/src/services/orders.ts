export interface Order {
  id: string;
  item: string;
}

const known: Order[] = [{ id: 'o-1', item: 'book' }];

export async function findOrder(id: string): Promise<Order | undefined> {
  return known.find((order) => order.id === id);
}
