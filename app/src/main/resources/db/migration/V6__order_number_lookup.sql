-- Auditors find an order by the number a customer quotes.
CREATE INDEX order_view_order_number ON order_view_order (generation, order_number);
