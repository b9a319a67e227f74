/** The book's record collections, in the order the book file keeps them: the store's types and every list of changes name these. */
export const bookCollectionNames = [
  'teamMembers',
  'clients',
  'people',
  'holdings',
  'interactions',
  'tasks',
  'surveys',
  'surveyRequests',
  'savedViews',
  'requests',
  'workflowTemplates',
  'workflowRuns',
  'reviews',
  'issuedPackets',
  'imports',
] as const;
