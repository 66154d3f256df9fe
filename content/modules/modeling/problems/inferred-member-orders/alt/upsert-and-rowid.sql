-- Feed as one UPSERT; keys left to SQLite, which gives an omitted INTEGER PRIMARY KEY the largest
-- key plus one — inserting in customer_id order numbers the rows as asked.
INSERT INTO dim_customer (customer_id, name, segment, is_inferred)
SELECT customer_id, name, segment, 0
FROM stg_customer
WHERE true
ORDER BY customer_id
ON CONFLICT (customer_id) DO UPDATE SET
  name = excluded.name, segment = excluded.segment, is_inferred = 0;

-- INSERT OR IGNORE skips customers the dimension already has (UNIQUE customer_id); an ignored
-- row takes no key.
INSERT OR IGNORE INTO dim_customer (customer_id, name, segment, is_inferred)
SELECT customer_id, NULL, NULL, 1
FROM stg_orders
GROUP BY customer_id
ORDER BY customer_id;

INSERT OR IGNORE INTO fact_orders (order_id, customer_key, amount_cents)
SELECT o.order_id,
       (SELECT d.customer_key FROM dim_customer AS d WHERE d.customer_id = o.customer_id),
       o.amount_cents
FROM stg_orders AS o;
