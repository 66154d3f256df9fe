CREATE TABLE src_customer (
  row_id        INTEGER PRIMARY KEY,
  source_system TEXT NOT NULL CHECK (instr(source_system, '|') = 0),
  customer_code TEXT NOT NULL CHECK (instr(customer_code, '|') = 0),
  country       TEXT CHECK (instr(country, '|') = 0 AND country <> '\N')
);
