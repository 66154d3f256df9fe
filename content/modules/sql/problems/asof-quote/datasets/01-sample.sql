-- The sample: two symbols whose quotes alternate in time; ACME's price rises then falls; one BOLT
-- trade happens before BOLT's first quote (its price is NULL).
INSERT INTO quotes VALUES
  ('ACME', '2024-04-02 09:30:00', 1000),
  ('BOLT', '2024-04-02 09:30:30', 2500),
  ('ACME', '2024-04-02 09:31:00', 1010),
  ('BOLT', '2024-04-02 09:32:00', 2490),
  ('ACME', '2024-04-02 09:33:00', 1005);
INSERT INTO trades VALUES
  (1, 'ACME', '2024-04-02 09:30:45', 100),
  (2, 'BOLT', '2024-04-02 09:31:10', 50),
  (3, 'BOLT', '2024-04-02 09:29:59', 10),
  (4, 'ACME', '2024-04-02 09:32:15', 30),
  (5, 'ACME', '2024-04-02 09:35:00', 20);
