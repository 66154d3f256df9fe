-- Stores 3 and 4 are both in 'east' and both have invoices 1 and 2; with store 6's invoice 3, east
-- has five invoices, not three. Store 5 ('west') has a single one-line invoice. Store 7 ('south')
-- has three invoices worth 1000 in all: an average that needs rounding (333.33).
INSERT INTO dim_store VALUES (3, 'east'), (4, 'east'), (5, 'west'), (6, 'east');
INSERT INTO fact_sales_line VALUES
  (10, 3, 1, 100), (11, 3, 1, 100),
  (12, 3, 2, 200),
  (13, 4, 1, 300),
  (14, 4, 2, 150), (15, 4, 2, 150),
  (16, 5, 9, 1000),
  (17, 6, 3, 0);
INSERT INTO dim_store VALUES (7, 'south');
INSERT INTO fact_sales_line VALUES (18, 7, 1, 333), (19, 7, 2, 333), (20, 7, 3, 334);
