-- web dashboard: the one-time login tokens the bot sends with /masuk (the table Spring Security's
-- JdbcOneTimeTokenService reads and writes), and indexes for the archive's pages, newest first, filtered by
-- agency, kind or state.

CREATE TABLE one_time_tokens (
    token_value VARCHAR(36)  NOT NULL PRIMARY KEY,
    username    VARCHAR(50)  NOT NULL,
    expires_at  TIMESTAMP    NOT NULL
);

CREATE INDEX item_by_created ON item (created_at DESC, id DESC);
CREATE INDEX item_by_agency_created ON item (agency_id, created_at DESC);
CREATE INDEX item_by_category_created ON item (category, created_at DESC);
CREATE INDEX item_by_status_created ON item (status, created_at DESC);
CREATE INDEX item_by_category_status_created ON item (category, status, created_at DESC);
