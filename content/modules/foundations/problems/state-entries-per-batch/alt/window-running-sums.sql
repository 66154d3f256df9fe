-- Alternative: flag the first appearance of each key value with ROW_NUMBER, total the flags per
-- batch, and turn the per-batch totals into running sums with window frames.
WITH flagged AS (
  SELECT batch_id,
         CASE WHEN ROW_NUMBER() OVER (PARTITION BY restaurant_id ORDER BY batch_id, event_id) = 1
              THEN 1 ELSE 0 END AS new_restaurant,
         CASE WHEN ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY batch_id, event_id) = 1
              THEN 1 ELSE 0 END AS new_customer
  FROM stream_events
),
per_batch AS (
  SELECT b.batch_id,
         COUNT(f.batch_id) AS rows_in_batch,
         COALESCE(SUM(f.new_restaurant), 0) AS new_r,
         COALESCE(SUM(f.new_customer), 0) AS new_c
  FROM batches AS b
  LEFT JOIN flagged AS f ON f.batch_id = b.batch_id
  GROUP BY b.batch_id
)
SELECT batch_id,
       SUM(rows_in_batch) OVER w,
       SUM(new_r) OVER w,
       SUM(new_c) OVER w
FROM per_batch
WINDOW w AS (ORDER BY batch_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
ORDER BY batch_id;
