-- The batch in which each key value (NULL included: GROUP BY makes it one group) first appeared.
WITH first_restaurant AS (
  SELECT restaurant_id, MIN(batch_id) AS first_batch
  FROM stream_events
  GROUP BY restaurant_id
),
first_customer AS (
  SELECT customer_id, MIN(batch_id) AS first_batch
  FROM stream_events
  GROUP BY customer_id
)
SELECT b.batch_id,
       (SELECT COUNT(*) FROM stream_events AS e WHERE e.batch_id <= b.batch_id) AS rows_so_far,
       (SELECT COUNT(*) FROM first_restaurant AS r WHERE r.first_batch <= b.batch_id) AS restaurant_state,
       (SELECT COUNT(*) FROM first_customer AS c WHERE c.first_batch <= b.batch_id) AS customer_state
FROM batches AS b
ORDER BY b.batch_id;
