-- Customer accounts live outside the event store: personal data must be correctable and erasable.
CREATE TABLE customer (
    customer_id   VARCHAR(36)  NOT NULL PRIMARY KEY,
    email         VARCHAR(254) NOT NULL UNIQUE,
    name          VARCHAR(100) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Failed logins per account, shared by all nodes.
CREATE TABLE login_throttle (
    username          VARCHAR(254) NOT NULL PRIMARY KEY,
    failures          INTEGER      NOT NULL,
    window_started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until      TIMESTAMP WITH TIME ZONE
);
