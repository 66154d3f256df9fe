-- Forgets to trim: ' crm' and 'crm', or 'C42 ' and 'C42', give different strings for one customer.
SELECT UPPER(source_system) || '|' || customer_code || '|' || COALESCE(UPPER(country), '\N'),
       COUNT(*), MIN(row_id)
FROM src_customer GROUP BY 1;
