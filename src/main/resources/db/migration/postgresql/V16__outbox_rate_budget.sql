-- Teams' limit for the whole app as a token bucket all instances share (bucket4j's PostgreSQL
-- backend, select-for-update): one row per bucket, its state serialised by bucket4j.
CREATE TABLE outbox_rate_budget (
    id    VARCHAR(100) PRIMARY KEY,
    state BYTEA
);
