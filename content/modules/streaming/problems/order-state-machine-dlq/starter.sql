-- Apply this batch's new events to orders and send the forbidden ones to dead_letters.
-- This starter takes each order's latest event as its status, with no checks at all.
INSERT INTO orders (order_id, state, last_seq)
SELECT e.order_id, e.to_state, e.event_seq
FROM order_events AS e
WHERE e.event_seq = (SELECT MAX(x.event_seq) FROM order_events AS x WHERE x.order_id = e.order_id)
ON CONFLICT (order_id) DO UPDATE SET state = excluded.state, last_seq = excluded.last_seq;
