import { forumApi } from '../api/forum';
import type { Escalation } from '../api/types';
import { DepartmentEscalationModal, type DepartmentEscalationTexts } from '../common/DepartmentEscalationModal';

interface Props {
  discussionId: number;
  onEscalated: (escalation: Escalation) => void;
  onClose: () => void;
}

const TEXTS: DepartmentEscalationTexts = {
  heading: 'forum.escalate.heading',
  submit: 'forum.escalate.submit',
  department: 'forum.escalation.department',
  chooseDepartment: 'forum.escalate.choose',
  departmentRequired: 'forum.escalate.departmentRequired',
  text: 'forum.escalation.summary',
  textHelp: 'forum.escalate.summaryHint',
  textRequired: 'common.required',
  deadline: 'forum.escalate.deadline',
};

/** Lifts a discussion to a directorate department with a summary and an optional deadline. */
export function EscalateModal({ discussionId, onEscalated, onClose }: Props) {
  return (
    <DepartmentEscalationModal
      texts={TEXTS}
      textFields={['summary']}
      send={async ({ departmentId, text, deadline }) => onEscalated(await forumApi.escalate(discussionId, { departmentId, summary: text, deadline }))}
      onClose={onClose}
    />
  );
}
