declare module 'pgpass' {
  /** Looks up the password for these connection parameters in ~/.pgpass (or PGPASSFILE). */
  function pgpass(connInfo: Record<string, unknown>, cb: (password: string | undefined) => void): void;
  export = pgpass;
}
