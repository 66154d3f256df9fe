-- The full rebuild: the ledger the scenario started with plus every event delivered so far.
WITH places AS (
  SELECT batch_no, event_id, order_id, restaurant_id, amount_cents,
         ROW_NUMBER() OVER (PARTITION BY order_id ORDER BY batch_no, event_id) AS rn
  FROM all_order_events
  WHERE op = 'place'
),
placed AS (
  -- First delivery stands; orders the ledger already knew keep the ledger's values.
  SELECT order_id, restaurant_id, amount_cents FROM order_ledger WHERE restaurant_id IS NOT NULL
  UNION ALL
  SELECT order_id, restaurant_id, amount_cents FROM places
  WHERE rn = 1
    AND order_id NOT IN (SELECT order_id FROM order_ledger WHERE restaurant_id IS NOT NULL)
),
voided AS (
  SELECT order_id FROM order_ledger WHERE voided = 1
  UNION
  SELECT order_id FROM all_order_events WHERE op = 'void'
)
SELECT p.restaurant_id,
       SUM(CASE WHEN v.order_id IS NULL THEN p.amount_cents ELSE 0 END),
       SUM(CASE WHEN v.order_id IS NULL THEN 1 ELSE 0 END)
FROM placed AS p
LEFT JOIN voided AS v ON v.order_id = p.order_id
GROUP BY p.restaurant_id;
