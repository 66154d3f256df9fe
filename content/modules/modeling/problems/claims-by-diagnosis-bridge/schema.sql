CREATE TABLE fact_claim (
  claim_id     INTEGER PRIMARY KEY,
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0)
);

CREATE TABLE dim_diagnosis (
  diagnosis_id INTEGER PRIMARY KEY,
  category     TEXT NOT NULL CHECK (category <> 'UNASSIGNED')
);

CREATE TABLE bridge_claim_diagnosis (
  claim_id     INTEGER NOT NULL REFERENCES fact_claim (claim_id),
  diagnosis_id INTEGER NOT NULL REFERENCES dim_diagnosis (diagnosis_id),
  weight_bp    INTEGER NOT NULL CHECK (weight_bp BETWEEN 1 AND 10000),
  PRIMARY KEY (claim_id, diagnosis_id)
);
