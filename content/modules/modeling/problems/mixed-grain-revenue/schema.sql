CREATE TABLE fact_orders_mixed (
  row_id       INTEGER PRIMARY KEY,
  order_id     INTEGER NOT NULL,
  line_number  INTEGER CHECK (line_number >= 1),
  customer_id  INTEGER NOT NULL,
  amount_cents INTEGER NOT NULL
);
-- At most one header per order; line numbers unique within an order.
CREATE UNIQUE INDEX one_header_per_order ON fact_orders_mixed (order_id) WHERE line_number IS NULL;
CREATE UNIQUE INDEX one_row_per_line ON fact_orders_mixed (order_id, line_number) WHERE line_number IS NOT NULL;
