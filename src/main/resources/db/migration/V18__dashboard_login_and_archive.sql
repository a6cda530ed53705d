-- web dashboard: the one-time login tokens the bot sends with /masuk (the table Spring Security's
-- JdbcOneTimeTokenService reads and writes), and an index for the archive's pages, newest first.

CREATE TABLE one_time_tokens (
    token_value VARCHAR(36)  NOT NULL PRIMARY KEY,
    username    VARCHAR(50)  NOT NULL,
    expires_at  TIMESTAMP    NOT NULL
);

CREATE INDEX item_by_created ON item (created_at, id);
