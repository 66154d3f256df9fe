-- Runs once per batch of milestone events in stg_order_event (event_id, order_id, milestone, event_at).
-- One row per order; each milestone column keeps the earliest event_at ever seen; status is the
-- furthest milestone filled; days_to_deliver when placed and delivered are both known.
INSERT INTO fact_order_lifecycle (order_id, placed_at, status)
SELECT order_id, event_at, 'placed'
FROM stg_order_event
WHERE milestone = 'placed';
