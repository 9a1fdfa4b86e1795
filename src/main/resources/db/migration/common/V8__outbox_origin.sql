-- What an outbox message is about, in typed columns instead of one string
-- ("case:42:caseworker", "followup:17", "contacts:stale:<user>"), so that nobody parses it.
ALTER TABLE outbox_message ADD COLUMN origin_kind VARCHAR(40);
ALTER TABLE outbox_message ADD COLUMN origin_id BIGINT;
ALTER TABLE outbox_message ADD COLUMN origin_part VARCHAR(40);

-- Messages written before this version keep their origin: the three formats there were.
UPDATE outbox_message SET origin_kind = 'followup', origin_id = CAST(SUBSTRING(origin FROM 10) AS BIGINT)
WHERE origin LIKE 'followup:%';

UPDATE outbox_message
SET origin_kind = 'case',
    origin_id = CAST(SUBSTRING(origin FROM 6 FOR POSITION(':' IN SUBSTRING(origin FROM 6)) - 1) AS BIGINT),
    origin_part = SUBSTRING(origin FROM 6 + POSITION(':' IN SUBSTRING(origin FROM 6)))
WHERE origin LIKE 'case:%:%';

UPDATE outbox_message SET origin_kind = 'contacts', origin_part = 'stale' WHERE origin LIKE 'contacts:stale:%';

ALTER TABLE outbox_message DROP COLUMN origin;
