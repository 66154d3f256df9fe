-- 1. Fold the batch to one row per order (the earliest event of each milestone), then merge it:
--    each milestone keeps the earlier of the stored and the incoming value. SQLite's two-argument
--    min() is NULL when either side is NULL, hence the COALESCE.
INSERT INTO fact_order_lifecycle (order_id, placed_at, shipped_at, delivered_at, status)
SELECT order_id,
       MIN(CASE WHEN milestone = 'placed'    THEN event_at END),
       MIN(CASE WHEN milestone = 'shipped'   THEN event_at END),
       MIN(CASE WHEN milestone = 'delivered' THEN event_at END),
       'placed'  -- provisional: step 2 derives the real status
FROM stg_order_event
WHERE true
GROUP BY order_id
ON CONFLICT (order_id) DO UPDATE SET
  placed_at    = COALESCE(min(placed_at,    excluded.placed_at),    placed_at,    excluded.placed_at),
  shipped_at   = COALESCE(min(shipped_at,   excluded.shipped_at),   shipped_at,   excluded.shipped_at),
  delivered_at = COALESCE(min(delivered_at, excluded.delivered_at), delivered_at, excluded.delivered_at);

-- 2. Derive status and the lag from the merged columns, so arrival order cannot matter.
UPDATE fact_order_lifecycle
SET status = CASE WHEN delivered_at IS NOT NULL THEN 'delivered'
                  WHEN shipped_at   IS NOT NULL THEN 'shipped'
                  ELSE 'placed' END,
    days_to_deliver = CAST(julianday(date(delivered_at)) - julianday(date(placed_at)) AS INTEGER)
WHERE order_id IN (SELECT order_id FROM stg_order_event);
