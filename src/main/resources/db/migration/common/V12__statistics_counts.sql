-- Statistics (stats): monthly counts kept from the fact tables in the same transaction as
-- the facts, so that a report reads a few thousand rows instead of every case. Filled from
-- the facts already stored by the Java migration 12.1 (StatisticsCountsMigration).
-- month_start is the first day of the month (Europe/Stockholm dates); n never goes below 0,
-- and a row whose count went back to 0 stays.

-- Case figures (RAISED, ADVISED, CLOSED, the outcome, the next step) by month, kommun and the
-- row of each breakdown; the total is dimension NONE, row '*'.
CREATE TABLE stat_case_count (
    dimension   VARCHAR(32)  NOT NULL,
    month_start DATE         NOT NULL,
    kommun      VARCHAR(100) NOT NULL,
    row_value   VARCHAR(32)  NOT NULL,
    figure      VARCHAR(32)  NOT NULL,
    n           BIGINT       NOT NULL,
    PRIMARY KEY (dimension, month_start, kommun, row_value, figure)
);

-- How many cases first advised in a month took how many working days: the medians and 90th
-- percentiles come exactly from these counts.
CREATE TABLE stat_advice_days (
    dimension    VARCHAR(32)  NOT NULL,
    month_start  DATE         NOT NULL,
    kommun       VARCHAR(100) NOT NULL,
    row_value    VARCHAR(32)  NOT NULL,
    working_days INTEGER      NOT NULL,
    n            BIGINT       NOT NULL,
    PRIMARY KEY (dimension, month_start, kommun, row_value, working_days)
);

-- Follow-up reminders, escalations and held follow-ups (on time or late) by month and kommun.
CREATE TABLE stat_follow_up_count (
    month_start DATE         NOT NULL,
    kommun      VARCHAR(100) NOT NULL,
    figure      VARCHAR(32)  NOT NULL,
    n           BIGINT       NOT NULL,
    PRIMARY KEY (month_start, kommun, figure)
);

-- Follow-up plans by kommun, month registered and month ended; 9999-12-01 while active.
CREATE TABLE stat_follow_up_plan_count (
    kommun           VARCHAR(100) NOT NULL,
    registered_month DATE         NOT NULL,
    ended_month      DATE         NOT NULL,
    n                BIGINT       NOT NULL,
    PRIMARY KEY (kommun, registered_month, ended_month)
);

-- Contact searches by month, kommun ('-' when none was given) and topic.
CREATE TABLE stat_contact_search_count (
    month_start DATE         NOT NULL,
    kommun      VARCHAR(100) NOT NULL,
    topic       VARCHAR(100) NOT NULL,
    n           BIGINT       NOT NULL,
    PRIMARY KEY (month_start, kommun, topic)
);
