-- The role the platform runs as: row-level security binds it (no superuser, no BYPASSRLS).
-- The hosts migrate with the owner (ConnectionStrings__StoreAdmin) and grant this role its rights.
CREATE ROLE workflow_app LOGIN PASSWORD 'workflow_app' NOSUPERUSER NOBYPASSRLS;
