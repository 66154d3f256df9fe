-- Alternative: integer arithmetic on Unix seconds — no modifier strings at all — and the store's
-- offset looked up with a correlated subquery.
SELECT store_id, local_date, COUNT(*) AS sales, SUM(amount_cents) AS revenue_cents
FROM (
  SELECT s.store_id, s.amount_cents,
         date(unixepoch(s.sold_at_utc)
              + 60 * (SELECT st.utc_offset_minutes FROM stores st WHERE st.store_id = s.store_id),
              'unixepoch') AS local_date
  FROM sales s
) AS shifted
GROUP BY store_id, local_date;
