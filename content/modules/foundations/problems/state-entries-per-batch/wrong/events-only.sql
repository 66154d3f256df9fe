-- Mistake: starts from the events, so a batch that delivered nothing has no row — but the query
-- still ran, and its state is whatever the previous batches left.
SELECT x.batch_id,
       (SELECT COUNT(*) FROM stream_events AS e WHERE e.batch_id <= x.batch_id),
       (SELECT COUNT(*) FROM (SELECT restaurant_id FROM stream_events AS e
                              WHERE e.batch_id <= x.batch_id GROUP BY restaurant_id)),
       (SELECT COUNT(*) FROM (SELECT customer_id FROM stream_events AS e
                              WHERE e.batch_id <= x.batch_id GROUP BY customer_id))
FROM (SELECT DISTINCT batch_id FROM stream_events) AS x
ORDER BY x.batch_id;
