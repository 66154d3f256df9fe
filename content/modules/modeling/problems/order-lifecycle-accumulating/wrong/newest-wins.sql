-- Overwrites a milestone with the incoming value whenever one arrives: a retried event with a
-- later time moves the milestone forward, and the answer depends on what was delivered last.
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
  placed_at    = COALESCE(excluded.placed_at, placed_at),
  shipped_at   = COALESCE(excluded.shipped_at, shipped_at),
  delivered_at = COALESCE(excluded.delivered_at, delivered_at);

UPDATE fact_order_lifecycle
SET status = CASE WHEN delivered_at IS NOT NULL THEN 'delivered'
                  WHEN shipped_at   IS NOT NULL THEN 'shipped'
                  ELSE 'placed' END,
    days_to_deliver = CAST(julianday(date(delivered_at)) - julianday(date(placed_at)) AS INTEGER)
WHERE order_id IN (SELECT order_id FROM stg_order_event);
