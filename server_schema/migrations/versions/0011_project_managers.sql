-- Managers see their projects (项目负责人): an administrator names the projects a sales
-- manager looks after; from then on that manager reads only those projects' deals, queue
-- numbers, money, units in the reports, campaigns and project lists. A manager with no
-- project named reads every project (a one-project office names none). Executives, finance
-- and administrators always read everything. Written only through project_manager_set()
-- (sql/functions/140_); the audit trigger keeps every change. The rule itself is
-- estatedesk.my_projects() and the restrictive policies in sql/policies/project_scope.sql.

CREATE TABLE estatedesk.project_managers (
    project_id  bigint NOT NULL CONSTRAINT project_managers_project_fkey
                REFERENCES estatedesk.projects ON DELETE CASCADE,
    staff_id    bigint NOT NULL CONSTRAINT project_managers_staff_fkey
                REFERENCES estatedesk.staff ON DELETE CASCADE,
    assigned_at timestamptz NOT NULL DEFAULT now(),
    assigned_by text NOT NULL DEFAULT session_user,
    CONSTRAINT project_managers_pkey PRIMARY KEY (staff_id, project_id)
);
CREATE INDEX project_managers_project_idx ON estatedesk.project_managers (project_id);
