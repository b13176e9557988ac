/**
 * The properties the emulator knows per Graph type: what `$select` accepts and what renderers may emit.
 * tests/integration/emulator/shape.test.ts checks every name against @microsoft/microsoft-graph-types(-beta).
 */
export const USER_DEFAULT = [
  'id',
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
] as const;

export const USER_PROPERTIES = [...USER_DEFAULT, 'department', 'accountEnabled', 'userType'] as const;

export const EVENT_PROPERTIES = [
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'categories',
  'originalStartTimeZone',
  'originalEndTimeZone',
  'iCalUId',
  'reminderMinutesBeforeStart',
  'isReminderOn',
  'hasAttachments',
  'subject',
  'bodyPreview',
  'importance',
  'sensitivity',
  'isAllDay',
  'isCancelled',
  'isOrganizer',
  'responseRequested',
  'seriesMasterId',
  'showAs',
  'type',
  'webLink',
  'onlineMeetingUrl',
  'isOnlineMeeting',
  'onlineMeetingProvider',
  'allowNewTimeProposals',
  'isDraft',
  'hideAttendees',
  'responseStatus',
  'body',
  'start',
  'end',
  'originalStart',
  'location',
  'locations',
  'recurrence',
  'attendees',
  'organizer',
  'onlineMeeting',
  'cancelledOccurrences',
] as const;

export const PLAN_PROPERTIES = ['id', 'title', 'owner', 'container', 'createdBy', 'createdDateTime'] as const;
export const PLAN_DETAILS_PROPERTIES = ['id', 'categoryDescriptions', 'sharedWith'] as const;
export const BUCKET_PROPERTIES = ['id', 'name', 'planId', 'orderHint'] as const;
export const TASK_PROPERTIES = [
  'id',
  'planId',
  'bucketId',
  'title',
  'orderHint',
  'assigneePriority',
  'percentComplete',
  'priority',
  'startDateTime',
  'createdDateTime',
  'dueDateTime',
  'hasDescription',
  'previewType',
  'completedDateTime',
  'completedBy',
  'referenceCount',
  'checklistItemCount',
  'activeChecklistItemCount',
  'conversationThreadId',
  'appliedCategories',
  'assignments',
  'createdBy',
] as const;
export const TASK_DETAILS_PROPERTIES = ['id', 'description', 'previewType', 'references', 'checklist'] as const;
export const DRIVE_ITEM_PROPERTIES = [
  'id',
  'name',
  'eTag',
  'cTag',
  'size',
  'createdDateTime',
  'lastModifiedDateTime',
  'webUrl',
  'createdBy',
  'lastModifiedBy',
  'parentReference',
  'file',
  'folder',
  'specialFolder',
] as const;
export const ROSTER_PROPERTIES = ['id', 'assignedSensitivityLabel'] as const;
export const ROSTER_MEMBER_PROPERTIES = ['id', 'userId', 'tenantId', 'roles'] as const;
