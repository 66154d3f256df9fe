-- The sample: rows 1 and 2 are the same customer once trimmed and upper-cased ('CRM|C42|DE');
-- row 3 has no country ('ERP|A7|\N').
INSERT INTO src_customer VALUES
  (1, ' crm', 'C42 ', 'de'),
  (2, 'CRM',  'C42',  'DE'),
  (3, 'erp',  'A7',   NULL);
