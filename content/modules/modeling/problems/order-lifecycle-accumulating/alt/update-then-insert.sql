-- No UPSERT: update known orders with correlated subqueries, then insert the new ones; the status
-- and the lag are computed by comparing with the merged values directly.
UPDATE fact_order_lifecycle
SET placed_at = (SELECT MIN(v) FROM (
                   SELECT fact_order_lifecycle.placed_at AS v
                   UNION ALL SELECT e.event_at FROM stg_order_event AS e
                   WHERE e.order_id = fact_order_lifecycle.order_id AND e.milestone = 'placed')),
    shipped_at = (SELECT MIN(v) FROM (
                   SELECT fact_order_lifecycle.shipped_at AS v
                   UNION ALL SELECT e.event_at FROM stg_order_event AS e
                   WHERE e.order_id = fact_order_lifecycle.order_id AND e.milestone = 'shipped')),
    delivered_at = (SELECT MIN(v) FROM (
                   SELECT fact_order_lifecycle.delivered_at AS v
                   UNION ALL SELECT e.event_at FROM stg_order_event AS e
                   WHERE e.order_id = fact_order_lifecycle.order_id AND e.milestone = 'delivered'))
WHERE EXISTS (SELECT 1 FROM stg_order_event AS e WHERE e.order_id = fact_order_lifecycle.order_id);

INSERT INTO fact_order_lifecycle (order_id, placed_at, shipped_at, delivered_at, status)
SELECT e.order_id,
       (SELECT MIN(p.event_at) FROM stg_order_event AS p WHERE p.order_id = e.order_id AND p.milestone = 'placed'),
       (SELECT MIN(p.event_at) FROM stg_order_event AS p WHERE p.order_id = e.order_id AND p.milestone = 'shipped'),
       (SELECT MIN(p.event_at) FROM stg_order_event AS p WHERE p.order_id = e.order_id AND p.milestone = 'delivered'),
       'placed'
FROM (SELECT DISTINCT order_id FROM stg_order_event) AS e
WHERE e.order_id NOT IN (SELECT order_id FROM fact_order_lifecycle);

UPDATE fact_order_lifecycle
SET status = CASE
      WHEN delivered_at IS NOT NULL THEN 'delivered'
      WHEN shipped_at IS NOT NULL THEN 'shipped'
      ELSE 'placed' END,
    days_to_deliver = CASE WHEN placed_at IS NOT NULL AND delivered_at IS NOT NULL
                           THEN julianday(substr(delivered_at, 1, 10)) - julianday(substr(placed_at, 1, 10)) END
WHERE order_id IN (SELECT order_id FROM stg_order_event);
