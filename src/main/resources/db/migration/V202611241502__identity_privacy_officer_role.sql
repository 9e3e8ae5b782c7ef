-- A person who answers data-subject requests and keeps the access log (personvernrådgiver).
alter table identity_user_role drop constraint identity_user_role_check;
alter table identity_user_role add constraint identity_user_role_check
    check (role in ('EMPLOYEE', 'ADVISOR', 'EDITOR', 'MODERATOR', 'EXPERT', 'LEADER', 'ANALYST', 'PRIVACY_OFFICER',
                    'ADMIN'));
