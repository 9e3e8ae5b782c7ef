-- Hearings' final summaries are journaled automatically from now on (the events module tells when one is
-- published); posts stay off until the agency turns their rule on.
update archive_rule set enabled = true where source_kind = 'HEARING';
