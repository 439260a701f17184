-- Schema version 5: job processing paused on every replica through the database (a restore of a
-- server's backup set). While queue_pause has its row, no replica claims a job; running jobs go on,
-- and the one who paused waits for them. since_ms is epoch milliseconds; reason names who and why.
-- The server's pg_dump leaves this table out, so that a restore (pg_restore --clean) keeps the pause;
-- a set taken before this version, restored, leaves the table in place: hence IF NOT EXISTS there.

-- @dialect derby
CREATE TABLE queue_pause (
    id INTEGER NOT NULL PRIMARY KEY,
    reason VARCHAR(500) NOT NULL,
    since_ms BIGINT NOT NULL
);

-- @dialect postgresql
CREATE TABLE IF NOT EXISTS queue_pause (
    id INTEGER NOT NULL PRIMARY KEY,
    reason VARCHAR(500) NOT NULL,
    since_ms BIGINT NOT NULL
);
