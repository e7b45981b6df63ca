-- The seal's format: 1 for the seals written before, over every column of the rows as select * gave
-- them; 2 for the seals over the digest of the rows' sealed columns (vn.luanchuyen.shared.SealedRows),
-- which an import computes from the rows it wrote instead of reading them back.
alter table audit_seal add column format smallint default 1 not null;
