-- Concatenates without a NULL token: 'CRM|B1|' || NULL is NULL, so every customer without a
-- country gets the same NULL key and they all fall into one group.
SELECT UPPER(TRIM(source_system)) || '|' || TRIM(customer_code) || '|' || UPPER(TRIM(country)),
       COUNT(*), MIN(row_id)
FROM src_customer GROUP BY 1;
