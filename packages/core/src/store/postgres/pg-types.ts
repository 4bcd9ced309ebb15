/**
 * The part of node-postgres (`pg`) the store uses, declared here so that the published
 * types do not force `@types/pg` on hosts: a `pg.Pool` satisfies {@link PostgresPool}.
 */
export interface PostgresQueryable {
  query<R = Record<string, unknown>>(
    text: string,
    values?: unknown[],
  ): Promise<{ rows: R[]; rowCount: number | null }>;
}

/** A pooled client, returned by {@link PostgresPool.connect}. */
export interface PostgresPoolClient extends PostgresQueryable {
  release(error?: Error | boolean): void;
}

/** A connection pool: `new pg.Pool({ connectionString })`. */
export interface PostgresPool extends PostgresQueryable {
  connect(): Promise<PostgresPoolClient>;
  end(): Promise<void>;
}

/** Runs `fn` in one transaction on one pooled client. */
export async function inTransaction<T>(
  pool: PostgresPool,
  fn: (client: PostgresQueryable) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
