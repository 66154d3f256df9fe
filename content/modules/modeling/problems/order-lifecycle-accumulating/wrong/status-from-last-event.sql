-- Sets the status from the milestone of the batch's last-arriving event (largest event_id): a
-- 'placed' arriving after 'shipped' moves the status backwards.
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
SET status = (SELECT e.milestone FROM stg_order_event AS e
              WHERE e.order_id = fact_order_lifecycle.order_id ORDER BY e.event_id DESC LIMIT 1),
    days_to_deliver = CAST(julianday(date(delivered_at)) - julianday(date(placed_at)) AS INTEGER)
WHERE order_id IN (SELECT order_id FROM stg_order_event);
