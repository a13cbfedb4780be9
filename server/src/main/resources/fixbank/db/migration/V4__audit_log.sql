-- Who did what to which article (#14): kept in the same database as the follow-through data, never purged by
-- the retention (an audit log outlives the events it explains). Names are staff names, never reader text.
CREATE TABLE audit_log (
    at BIGINT NOT NULL,
    actor VARCHAR(200) NOT NULL,
    action VARCHAR(32) NOT NULL,
    article_id VARCHAR(300) NOT NULL,
    article_version VARCHAR(16),
    detail VARCHAR(500)
);
CREATE INDEX audit_log_at ON audit_log (at);
