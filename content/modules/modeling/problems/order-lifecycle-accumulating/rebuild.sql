-- The full rebuild: the scenario's initial rows (fact_order_lifecycle as it started) and every event
-- delivered so far (all_stg_order_event), folded at once.
WITH milestones AS (
  SELECT order_id, 'placed' AS milestone, placed_at AS event_at FROM fact_order_lifecycle WHERE placed_at IS NOT NULL
  UNION ALL
  SELECT order_id, 'shipped', shipped_at FROM fact_order_lifecycle WHERE shipped_at IS NOT NULL
  UNION ALL
  SELECT order_id, 'delivered', delivered_at FROM fact_order_lifecycle WHERE delivered_at IS NOT NULL
  UNION ALL
  SELECT order_id, milestone, event_at FROM all_stg_order_event
),
folded AS (
  SELECT order_id,
         MIN(CASE WHEN milestone = 'placed'    THEN event_at END) AS placed_at,
         MIN(CASE WHEN milestone = 'shipped'   THEN event_at END) AS shipped_at,
         MIN(CASE WHEN milestone = 'delivered' THEN event_at END) AS delivered_at
  FROM milestones
  GROUP BY order_id
)
SELECT order_id, placed_at, shipped_at, delivered_at,
       CASE WHEN delivered_at IS NOT NULL THEN 'delivered'
            WHEN shipped_at   IS NOT NULL THEN 'shipped'
            ELSE 'placed' END,
       CAST(julianday(date(delivered_at)) - julianday(date(placed_at)) AS INTEGER)
FROM folded;
