-- The insights over a million events (#12, bench/insights): the articles opened from searches are counted
-- from the index alone, and the tickets sent after an article was opened from the opened rows alone.
DROP INDEX search_opened;
CREATE INDEX search_opened ON search (opened_article, opened_version, opened_at);
CREATE INDEX journey_article_opened ON journey_article (article_id, article_version, shown_at, journey_id)
    WHERE opened_at IS NOT NULL;
