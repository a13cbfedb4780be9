-- What Fixbank records for the insights page (#12). The same SQL runs on SQLite and PostgreSQL, so it keeps
-- to what both share: times are epoch milliseconds, yes/no is 1/0. Text is scrubbed before it gets here.

-- A draft ticket on the report page, in the widget or from a ticketing system that names it.
CREATE TABLE journey (
    id VARCHAR(64) PRIMARY KEY,
    started_at BIGINT NOT NULL,
    source VARCHAR(16) NOT NULL,
    audience VARCHAR(8) NOT NULL,
    ticket_text VARCHAR(600) NOT NULL,
    ticket_key VARCHAR(400) NOT NULL,
    opened SMALLINT NOT NULL DEFAULT 0,
    sent_at BIGINT
);
CREATE INDEX journey_started ON journey (started_at);

-- Each known fix shown for a journey, its best rank, and whether it was opened.
CREATE TABLE journey_article (
    journey_id VARCHAR(64) NOT NULL,
    article_id VARCHAR(300) NOT NULL,
    article_version VARCHAR(16) NOT NULL,
    best_rank INTEGER NOT NULL,
    shown_at BIGINT NOT NULL,
    opened_at BIGINT,
    PRIMARY KEY (journey_id, article_id)
);
CREATE INDEX journey_article_by_article ON journey_article (article_id, article_version, shown_at, opened_at);

-- A search, as last refined (one row per burst of typing), and the first result opened from it.
CREATE TABLE search (
    id VARCHAR(64) PRIMARY KEY,
    at BIGINT NOT NULL,
    audience VARCHAR(8) NOT NULL,
    query_text VARCHAR(300) NOT NULL,
    query_key VARCHAR(400) NOT NULL,
    results INTEGER NOT NULL,
    opened_article VARCHAR(300),
    opened_version VARCHAR(16),
    opened_at BIGINT
);
CREATE INDEX search_at ON search (at);
CREATE INDEX search_opened ON search (opened_article, opened_version);

-- "Did this solve your problem?": one vote per reader (a hashed session key) per article version.
CREATE TABLE feedback (
    article_id VARCHAR(300) NOT NULL,
    article_version VARCHAR(16) NOT NULL,
    voter VARCHAR(64) NOT NULL,
    at BIGINT NOT NULL,
    helpful SMALLINT NOT NULL,
    reason VARCHAR(20),
    comment VARCHAR(1000),
    journey_id VARCHAR(64),
    search_id VARCHAR(64),
    PRIMARY KEY (article_id, article_version, voter)
);
CREATE INDEX feedback_at ON feedback (at);
CREATE INDEX feedback_journey ON feedback (journey_id);
