CREATE TABLE IF NOT EXISTS sku (
    sku          VARCHAR(64) PRIMARY KEY,
    product_name VARCHAR(200) NOT NULL,
    variant_name VARCHAR(200) NOT NULL,
    price        BIGINT       NOT NULL,
    active       BOOLEAN      NOT NULL
);
CREATE TABLE IF NOT EXISTS stock (
    sku       VARCHAR(64) PRIMARY KEY REFERENCES sku (sku),
    available INTEGER     NOT NULL CHECK (available >= 0)
);
CREATE SEQUENCE IF NOT EXISTS order_number_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE IF NOT EXISTS orders (
    id             UUID PRIMARY KEY,
    order_number   VARCHAR(32)  NOT NULL UNIQUE,
    customer_id    UUID         NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    subtotal       BIGINT       NOT NULL,
    shipping_fee   BIGINT       NOT NULL,
    discount       BIGINT       NOT NULL,
    tax            BIGINT       NOT NULL,
    total          BIGINT       NOT NULL,
    recipient      VARCHAR(100),
    phone          VARCHAR(30),
    line1          VARCHAR(200),
    line2          VARCHAR(200),
    city           VARCHAR(100),
    postal_code    VARCHAR(20),
    country        VARCHAR(56),
    placed_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    payment_due_at TIMESTAMP(6) WITH TIME ZONE,
    paid_at        TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX IF NOT EXISTS orders_customer ON orders (customer_id);
CREATE TABLE IF NOT EXISTS order_item (
    order_id     UUID         NOT NULL REFERENCES orders (id),
    line_no      INTEGER      NOT NULL,
    sku          VARCHAR(64)  NOT NULL,
    product_name VARCHAR(200) NOT NULL,
    variant_name VARCHAR(200) NOT NULL,
    unit_price   BIGINT       NOT NULL,
    quantity     INTEGER      NOT NULL,
    PRIMARY KEY (order_id, line_no)
);
CREATE TABLE IF NOT EXISTS payment (
    id         UUID PRIMARY KEY,
    order_id   UUID        NOT NULL REFERENCES orders (id),
    provider   VARCHAR(20) NOT NULL,
    status     VARCHAR(20) NOT NULL,
    amount     BIGINT      NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS payment_order ON payment (order_id);
