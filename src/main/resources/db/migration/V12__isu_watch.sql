-- review module: every isu until a central-team member acknowledges it (Tangani or a review action), with what
-- its card shows, so the card can be redrawn when it is claimed, and how often it has been raised again

CREATE TABLE isu_watch (
    item_id           BIGINT        NOT NULL PRIMARY KEY,
    agency_id         BIGINT        NOT NULL,
    agency_name       VARCHAR(300)  NOT NULL,
    officer_name      VARCHAR(300)  NOT NULL,
    officer_username  VARCHAR(100),
    body              VARCHAR(100000) NOT NULL,
    edited_at         TIMESTAMP WITH TIME ZONE,
    submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    acknowledged_at   TIMESTAMP WITH TIME ZONE,
    acknowledged_by   BIGINT,
    acknowledged_name VARCHAR(300),
    how               VARCHAR(20),
    raised_count      INT           NOT NULL,
    last_raised_at    TIMESTAMP WITH TIME ZONE,
    version           BIGINT        NOT NULL
);
CREATE INDEX isu_watch_open ON isu_watch (acknowledged_at, submitted_at);
CREATE INDEX isu_watch_by_submission ON isu_watch (submitted_at);
