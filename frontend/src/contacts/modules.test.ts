import { describe, expect, it } from 'vitest';
import { visibleModules } from '../shell/modules';

describe('the contact log in the menu', () => {
  it('is there for office staff and advisors', () => {
    expect(visibleModules(['EMPLOYEE']).map((m) => m.path)).toContain('/kontaktlogg');
    expect(visibleModules(['EMPLOYEE', 'ADVISOR']).map((m) => m.path)).toContain('/kontaktlogg');
  });

  it('is left out of the admin header, which is full', () => {
    expect(visibleModules(['EMPLOYEE', 'ADMIN']).map((m) => m.path)).not.toContain('/kontaktlogg');
  });
});
