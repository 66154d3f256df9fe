-- Several different customers with no country: a plain || would give them all the key NULL and
-- one group. Two rows of customer B1 without a country share 'CRM|B1|\N'.
INSERT INTO src_customer VALUES
  (10, 'crm', 'B1', NULL),
  (11, 'crm', 'B2', NULL),
  (12, 'erp', 'B1', NULL),
  (13, 'crm', 'B1', NULL),
  (14, 'crm', 'B1', 'fr');
