-- Order 12's 'placed' finally arrives: days_to_deliver can now be computed, though no delivery
-- event came in this batch.
INSERT INTO stg_order_event (event_id, order_id, milestone, event_at) VALUES
  (11, 12, 'placed', '2024-08-31 23:59:00');
