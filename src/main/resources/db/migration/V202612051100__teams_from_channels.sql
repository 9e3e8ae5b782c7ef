-- Teams leave channels for a module of their own (teams), which channels, inbox, approval and the coming publishing
-- module use. The rows stay; the tables take the new module's prefix.
alter table channels_team rename to teams_team;
alter table channels_team_member rename to teams_member;
alter index channels_team_member_user rename to teams_member_user;

-- A member's role in the team: advisors answer citizens, editors publish. Everyone so far answered citizens.
alter table teams_member add column team_role varchar(20) default 'ADVISOR' not null;
alter table teams_member add constraint teams_member_role_check check (team_role in ('ADVISOR', 'EDITOR'));
