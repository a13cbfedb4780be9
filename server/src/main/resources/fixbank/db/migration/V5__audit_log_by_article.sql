-- The editing workflow reads one article's history (who wrote the change waiting for review) on every
-- review action.
CREATE INDEX audit_log_article ON audit_log (article_id, at);
