-- The query side's read models. Each projection (a processing group of the same name) owns the
-- tables named after it. Every table's primary key starts with the generation: a rebuild replays
-- the event store into generation N+1 while N keeps serving reads, then switches over
-- (projection_generation) and drops N. Written to run unchanged on PostgreSQL and on H2 in
-- PostgreSQL mode; JSON is stored as TEXT.

-- Which generation of each projection serves reads, and which one a rebuild is filling.
CREATE TABLE projection_generation (
    name                VARCHAR(100) NOT NULL PRIMARY KEY,
    active_generation   INTEGER      NOT NULL,
    building_generation INTEGER,
    status              VARCHAR(20)  NOT NULL,
    rebuild_started_at  TIMESTAMP WITH TIME ZONE,
    rebuild_finished_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO projection_generation (name, active_generation, status) VALUES ('catalog-view', 1, 'serving');
INSERT INTO projection_generation (name, active_generation, status) VALUES ('inventory-view', 1, 'serving');
INSERT INTO projection_generation (name, active_generation, status) VALUES ('coupon-view', 1, 'serving');
INSERT INTO projection_generation (name, active_generation, status) VALUES ('order-view', 1, 'serving');

-- catalog-view: the category tree, products and their variants. list_position is the event's
-- global position, so "newest first" and the variants' order follow the event store.
CREATE TABLE catalog_view_category (
    generation    INTEGER      NOT NULL,
    category_id   VARCHAR(36)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    parent_id     VARCHAR(36),
    list_position BIGINT       NOT NULL,
    PRIMARY KEY (generation, category_id)
);

CREATE TABLE catalog_view_product (
    generation    INTEGER      NOT NULL,
    product_id    VARCHAR(36)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    name_lower    VARCHAR(200) NOT NULL,
    description   TEXT,
    category_id   VARCHAR(36),
    base_price    BIGINT       NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    list_position BIGINT       NOT NULL,
    PRIMARY KEY (generation, product_id)
);
CREATE INDEX catalog_view_product_listing ON catalog_view_product (generation, status, list_position);
CREATE INDEX catalog_view_product_category ON catalog_view_product (generation, category_id);

CREATE TABLE catalog_view_variant (
    generation    INTEGER      NOT NULL,
    sku           VARCHAR(64)  NOT NULL,
    product_id    VARCHAR(36)  NOT NULL,
    variant_id    VARCHAR(36),
    name          VARCHAR(200) NOT NULL,
    attributes    TEXT         NOT NULL,
    price         BIGINT       NOT NULL,
    weight_grams  INTEGER,
    list_position BIGINT       NOT NULL,
    variant_index INTEGER      NOT NULL,
    PRIMARY KEY (generation, sku)
);
CREATE INDEX catalog_view_variant_product ON catalog_view_variant (generation, product_id);

-- inventory-view: stock per SKU. last_sequence is the Inventory aggregate's last applied event,
-- so a redelivered event changes nothing.
CREATE TABLE inventory_view_stock (
    generation    INTEGER     NOT NULL,
    sku           VARCHAR(64) NOT NULL,
    on_hand       INTEGER     NOT NULL,
    reserved      INTEGER     NOT NULL,
    last_sequence BIGINT      NOT NULL,
    PRIMARY KEY (generation, sku)
);

-- coupon-view: each coupon's terms and how often it was redeemed and given back.
CREATE TABLE coupon_view_coupon (
    generation       INTEGER     NOT NULL,
    code             VARCHAR(64) NOT NULL,
    coupon_type      VARCHAR(20) NOT NULL,
    coupon_value     BIGINT      NOT NULL,
    min_order_amount BIGINT,
    expires_at       TIMESTAMP WITH TIME ZONE,
    usage_limit      INTEGER,
    redeemed         INTEGER     NOT NULL,
    released         INTEGER     NOT NULL,
    last_sequence    BIGINT      NOT NULL,
    PRIMARY KEY (generation, code)
);

-- order-view: one row per order with its detail as JSON and the columns the lists filter on.
-- applied_sequences maps each source aggregate (the order, its payments and shipments) to its last
-- applied sequence number: that, not the global index, decides redeliveries, because events of two
-- aggregates may commit out of global-index order. version counts applied events (live updates
-- use it to drop stale ones); last_global_index is the highest global index applied.
CREATE TABLE order_view_order (
    generation        INTEGER     NOT NULL,
    order_id          VARCHAR(36) NOT NULL,
    order_number      VARCHAR(40) NOT NULL,
    customer_id       VARCHAR(36) NOT NULL,
    status            VARCHAR(20) NOT NULL,
    placed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    total             BIGINT      NOT NULL,
    visible           BOOLEAN     NOT NULL,
    detail            TEXT        NOT NULL,
    applied_sequences TEXT        NOT NULL,
    version           BIGINT      NOT NULL,
    last_global_index BIGINT      NOT NULL,
    PRIMARY KEY (generation, order_id)
);
CREATE INDEX order_view_order_customer ON order_view_order (generation, customer_id, placed_at);
CREATE INDEX order_view_order_placed ON order_view_order (generation, placed_at);
CREATE INDEX order_view_order_status ON order_view_order (generation, status, placed_at);
