import statuses from 'statuses';

/** The standard reason phrase of an HTTP status, e.g. `Forbidden` for 403. */
export function reasonPhrase(status: number): string | undefined {
  try {
    return statuses.message[status];
  } catch {
    return undefined;
  }
}

/** `403 Forbidden`, or just `403` for a status without a standard phrase. */
export function formatStatus(status: number): string {
  const reason = reasonPhrase(status);
  return reason ? `${status} ${reason}` : String(status);
}
