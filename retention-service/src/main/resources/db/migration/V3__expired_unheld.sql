-- Expired items an owner left although nothing keeps them (R8, DESIGN §4): more than 0 makes the sweep NON_COMPLIANT.
alter table sweep_result add column expired_unheld bigint;
