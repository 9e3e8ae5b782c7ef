-- A person who keeps the archive: journaling rules, deliveries and Noark 5 extracts (arkivar).
alter table identity_user_role drop constraint identity_user_role_check;
alter table identity_user_role add constraint identity_user_role_check
    check (role in ('EMPLOYEE', 'ADVISOR', 'EDITOR', 'MODERATOR', 'EXPERT', 'LEADER', 'ANALYST', 'PRIVACY_OFFICER',
                    'ARCHIVIST', 'ADMIN'));
