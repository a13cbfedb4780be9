-- Which articles' learned words changed, and when (#15). Servers sharing one database look here every few
-- seconds and reload those articles' words, so that a vote through one server teaches the others at once
-- rather than at their hourly reload. Article ids and times only; rows older than an hour are deleted.
CREATE TABLE learned_change (
    article_id VARCHAR(300) NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX learned_change_at ON learned_change (at);
