-- telegram module: tasks only one instance may do at a time (polling Telegram, sending within Telegram's limits,
-- handling the inbox in order). An instance holds a lease until expires_at and renews it; when it dies, another
-- instance takes the lease over once it has run out.

CREATE TABLE lease (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    owner       VARCHAR(255) NOT NULL,
    acquired_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO lease (name, owner, acquired_at, expires_at) VALUES
    ('polling', '', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00'),
    ('sending', '', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00'),
    ('inbox', '', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
