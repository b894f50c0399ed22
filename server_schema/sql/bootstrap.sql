-- Run by a superuser after roles.sql, every upgrade. Idempotent.
CREATE SCHEMA IF NOT EXISTS estatedesk AUTHORIZATION estatedesk_owner;
-- pg_trgm and btree_gist are "trusted" extensions but creating them here, as superuser,
-- keeps the upgrade independent of who owns the database.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
-- The staff-account functions are owned by estatedesk_useradmin, which creates them.
GRANT USAGE, CREATE ON SCHEMA estatedesk TO estatedesk_useradmin;
