-- Words people used in draft tickets that an article solved (#13): one row per article, stemmed word and
-- voter (the same digest the feedback table keeps), so one person counts once however often they vote.
-- Only single stemmed words of scrubbed text are kept, never the text, and they expire with the retention.
CREATE TABLE learned_word (
    article_id VARCHAR(300) NOT NULL,
    word VARCHAR(64) NOT NULL,
    voter VARCHAR(64) NOT NULL,
    staff SMALLINT NOT NULL,
    at BIGINT NOT NULL,
    PRIMARY KEY (article_id, word, voter)
);
CREATE INDEX learned_word_at ON learned_word (at);
