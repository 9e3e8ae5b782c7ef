-- The idea box hears the forum's EscalationAnswered and finds the idea by the escalation's id.
create index events_idea_escalation_escalation on events_idea_escalation (escalation_id);
