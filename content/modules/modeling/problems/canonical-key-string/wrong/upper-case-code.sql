-- Upper-cases the customer code too: 'a1' and 'A1' are different customers in the source, and now
-- share one key.
SELECT UPPER(TRIM(source_system)) || '|' || UPPER(TRIM(customer_code)) || '|' || COALESCE(UPPER(TRIM(country)), '\N'),
       COUNT(*), MIN(row_id)
FROM src_customer GROUP BY 1;
