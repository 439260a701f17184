-- Schema version 4: the durable job queue of server mode (org.laserdamage.jobs.queue).
-- queue_job holds one row per job: job_json is the whole job record (authoritative);
-- the other columns repeat what queries select and order by. The frozen inputs
-- (study XMI, material versions JSON) are stored with the job, so any replica can
-- run it. lease_expires and heartbeats are epoch milliseconds of the replicas'
-- clocks (keep them in step with NTP). queue_event is the history a client
-- streams (server-sent events) and resynchronises from after a lost message.

-- @dialect derby
CREATE TABLE queue_job (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    state VARCHAR(16) NOT NULL,
    submitted_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    worker_id VARCHAR(255),
    lease_expires BIGINT,
    attempt INTEGER NOT NULL,
    max_attempts INTEGER NOT NULL,
    cancel_requested SMALLINT NOT NULL DEFAULT 0,
    submitted_by VARCHAR(128),
    job_json CLOB NOT NULL,
    study_xmi CLOB NOT NULL,
    materials_json CLOB NOT NULL
);
CREATE TABLE queue_event (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id VARCHAR(64) NOT NULL,
    at_millis BIGINT NOT NULL,
    state VARCHAR(16) NOT NULL,
    progress DOUBLE PRECISION NOT NULL,
    attempt INTEGER NOT NULL,
    reason VARCHAR(4000) NOT NULL
);

-- @dialect postgresql
CREATE TABLE queue_job (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    state VARCHAR(16) NOT NULL,
    submitted_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    worker_id VARCHAR(255),
    lease_expires BIGINT,
    attempt INTEGER NOT NULL,
    max_attempts INTEGER NOT NULL,
    cancel_requested SMALLINT NOT NULL DEFAULT 0,
    submitted_by VARCHAR(128),
    job_json TEXT NOT NULL,
    study_xmi TEXT NOT NULL,
    materials_json TEXT NOT NULL
);
CREATE TABLE queue_event (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id VARCHAR(64) NOT NULL,
    at_millis BIGINT NOT NULL,
    state VARCHAR(16) NOT NULL,
    progress DOUBLE PRECISION NOT NULL,
    attempt INTEGER NOT NULL,
    reason VARCHAR(4000) NOT NULL
);

-- @dialect all
CREATE INDEX queue_job_state ON queue_job (state, submitted_at);
CREATE INDEX queue_event_job ON queue_event (job_id, seq);
