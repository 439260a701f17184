-- Runs once, when the PostgreSQL container creates its database (docker-entrypoint-initdb.d),
-- as POSTGRES_USER in POSTGRES_DB. The tables are not created here: every replica applies the
-- product's versioned migrations (material library V001..., job queue V004) when it starts,
-- serialised by the store, so the schema always matches the version of the image.
-- releng/scripts/topology.sh runs this file against its loopback PostgreSQL before the replicas.

-- Settings of this database (current_database(): laser_simulation in the stack).
DO $$
BEGIN
  -- Times in the queue and the logs are UTC.
  EXECUTE format('ALTER DATABASE %I SET timezone TO %L', current_database(), 'UTC');
  -- A statement that waits this long for a lock is a bug (claims use SKIP LOCKED and never
  -- wait): end it rather than stall a replica's worker.
  EXECUTE format('ALTER DATABASE %I SET lock_timeout TO %L', current_database(), '30s');
  -- An idle transaction holds row locks that other replicas' claims skip: end forgotten ones.
  EXECUTE format('ALTER DATABASE %I SET idle_in_transaction_session_timeout TO %L', current_database(), '10min');
END
$$;

-- No one else creates objects in the public schema (PostgreSQL < 15 allowed it to every role).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- postgres-exporter reads pg_stat_* with the application's role.
GRANT pg_monitor TO CURRENT_USER;
