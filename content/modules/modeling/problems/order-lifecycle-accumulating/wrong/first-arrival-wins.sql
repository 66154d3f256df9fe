-- Keeps whichever value arrived first (COALESCE(stored, incoming)): a retry carrying an earlier
-- time, arriving in a later batch, is ignored although it is the earliest.
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
  placed_at    = COALESCE(placed_at, excluded.placed_at),
  shipped_at   = COALESCE(shipped_at, excluded.shipped_at),
  delivered_at = COALESCE(delivered_at, excluded.delivered_at);

UPDATE fact_order_lifecycle
SET status = CASE WHEN delivered_at IS NOT NULL THEN 'delivered'
                  WHEN shipped_at   IS NOT NULL THEN 'shipped'
                  ELSE 'placed' END,
    days_to_deliver = CAST(julianday(date(delivered_at)) - julianday(date(placed_at)) AS INTEGER)
WHERE order_id IN (SELECT order_id FROM stg_order_event);
