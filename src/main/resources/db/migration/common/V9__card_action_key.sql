-- Card buttons pressed with an idempotency key: a form sent twice (a double click, an old copy pressed
-- again) is acted on once, and the second press gets the first one's answer. The answer (a card or a
-- text, which may hold what the user wrote) is cleared after a day; the key stays so that an old form
-- still does nothing.
CREATE TABLE card_action_key (
    action_key   VARCHAR(64)     NOT NULL,
    user_id      VARCHAR(64)     NOT NULL,
    verb         VARCHAR(64)     NOT NULL,
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    answer_json  VARCHAR(262144),
    CONSTRAINT pk_card_action_key PRIMARY KEY (action_key, user_id)
);

CREATE INDEX ix_card_action_key_processed_at ON card_action_key (processed_at);
