-- Alternative: printf builds the string from a derived table, with a CASE for the NULL token;
-- the first row is found with a correlated NOT EXISTS instead of MIN.
WITH keyed AS (
  SELECT row_id,
         printf('%s|%s|%s', upper(trim(source_system)), trim(customer_code),
                CASE WHEN country IS NULL THEN char(92, 78) ELSE upper(trim(country)) END) AS k
  FROM src_customer
)
SELECT a.k AS canonical_key,
       (SELECT COUNT(*) FROM keyed b WHERE b.k = a.k) AS source_rows,
       a.row_id AS first_row_id
FROM keyed a
WHERE NOT EXISTS (SELECT 1 FROM keyed b WHERE b.k = a.k AND b.row_id < a.row_id);
