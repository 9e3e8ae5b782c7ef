/** Publishing and the blog. Aliases onto `schema.ts`, as `types.ts` says. */
import type { components } from './schema';

type S = components['schemas'];

export type PublishingPost = S['PostView'];
export type PostComments = S['PostCommentsView'];
export type PostStatus = S['PostStatus'];
export type Wheel = S['Wheel'];
export type WheelTheme = S['ThemeView'];
export type PublishingCalendar = S['CalendarView'];
export type PublishingCalendarDays = S['CalendarDaysView'];
export type CalendarDay = S['CalendarDay'];
export type CalendarEntry = S['CalendarEntry'];
export type CalendarAccount = S['CalendarAccount'];
export type PublishingMeeting = S['MeetingView'];
export type PublishingCampaign = S['Campaign'];
export type Sponsorship = S['SponsorshipView'];
export type SponsorshipResultsImported = S['ResultsImported'];

export type BlogSummary = S['BlogView'];
export type BlogPost = S['BlogPostView'];
export type BlogShare = S['BlogShareView'];
