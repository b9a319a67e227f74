/**
 * The backend's messages in English, by key, with `{{name}}` for each parameter (see messages.ts).
 * The renderer's Hindi catalogue (renderer/i18n/hi-messages.json) has exactly these keys.
 */
export const englishMessages = {
  /** Words another system wrote (the office database's own refusals), passed on as they are. */
  passedOn: '{{sentence}}',
  signIn: {
    waitBeforeTrying: 'After {{tries}} wrong passwords in a row, Clientbook waits before the next try. Try again in {{wait}}.',
    seconds_one: '{{count}} second',
    seconds_other: '{{count}} seconds',
    minutes_one: '{{count}} minute',
    minutes_other: '{{count}} minutes',
    wrongPasswordOf: "That is not {{name}}'s password.",
    wrongCurrentPassword: 'That is not your current password.',
    wrongOwnPassword: 'That is not your password.',
    wrongThenWait: '{{wrong}} After {{tries}} wrong passwords in a row, Clientbook waits {{wait}} before the next try.',
    wrongThenRetry: '{{wrong}} Check it (is Caps Lock on?) and try again.',
    locked: 'Clientbook is locked. Sign in to go on.',
    signInFirst: 'Sign in first.',
    noPasswordYet: '{{name}} has not chosen a password yet. Choose one to sign in.',
    hasPasswordAlready:
      '{{name}} already has a password: sign in with it. If it is forgotten, a colleague who is signed in can clear it in Settings.',
    typeCurrentPassword: 'Type your current password to change it.',
    setOwnPasswordFirstToRequire: 'Set your own password first: you are signed in with it as soon as sign-in is required.',
    setOwnPasswordFirst: 'Set your own password first, then change this.',
    changeOwnPasswordElsewhere: 'To change your own password, use "Change my password".',
    memberNotInBook: 'That team member is no longer in the book.',
    setOwnPasswordFirstToClear: 'Set your own password first: clearing a colleague’s is confirmed with yours.',
    onlyOnThisComputer:
      'Signing in at this computer is for a book kept on this computer; on the office book each person signs in with their own login.',
    notAsked: 'This computer does not ask anyone to sign in; choose who you are under "You are" instead.',
    chooseYourNameAgain: 'That team member is not an active member of the firm. Choose your name again.',
    chooseWhoFirst: 'Choose who you are under "You are" first, then {{toDo}}.',
    toSetPassword: 'set your password',
    toRequireSignIn: 'require sign-in',
    toClearColleaguePassword: 'clear a colleague’s password',
    settingsNotSaved:
      'The sign-in settings could not be saved in the data folder, so nothing changed. Check that the disk has space and try again.',
  },
  session: {
    passwordsAreForOffice: 'Passwords are for a book kept in the office database; this book is kept on this computer.',
    signedInAsOther: 'You are signed in as {{name}}, so what you record carries that name. To work as someone else, sign in as them.',
    signedInAsOtherLock:
      'You are signed in as {{name}}, so what you record carries that name. To work as someone else, lock Clientbook and sign in as them.',
    aTeamMember: 'a team member',
    notActiveChooseAgain: 'That team member is not an active member of the firm, so nobody was chosen. Choose again.',
    signInsAreForOffice:
      'Sign-ins are for a book kept in the office database; with a book on this computer, each person chooses who they are.',
  },
  gone: {
    household: 'That household no longer exists. Refresh the list and try again.',
    person: 'That person no longer exists. Refresh the household and try again.',
    holding: 'That holding no longer exists. Refresh the household and try again.',
    task: 'That task no longer exists. Refresh the list and try again.',
    taskRefresh: 'That task no longer exists. Refresh and try again.',
    teamMember: 'That team member no longer exists. Refresh and try again.',
    teamMemberList: 'That team member no longer exists. Refresh the list and try again.',
    workflowTemplate: 'That workflow template no longer exists. Refresh and try again.',
    surveyResponse: 'That response no longer exists. Refresh the list and try again.',
    review: 'That review no longer exists. Refresh and try again.',
    serviceRequest: 'That service request no longer exists. Refresh the list and try again.',
    packet: 'That packet no longer exists. Refresh the list and try again.',
    packetBatch: 'That batch of packets is no longer known. Start it again if the packets are still needed.',
    importPreview: 'That preview is no longer kept. Preview the file again, then import it.',
    importRecord: 'That import is no longer in the list. Refresh and try again.',
    backup: 'That backup is no longer in the backups folder. Refresh the list and try again.',
    export: 'Clientbook no longer knows where that export went. Open the folder it was saved to instead.',
  },
  conflict: {
    changedAt:
      '{{who}} changed {{what}} at {{at}}, after you opened it, so your changes were not saved. Reload it to see theirs, then make yours again.',
    changed:
      'Someone changed {{what}}, after you opened it, so your changes were not saved. Reload it to see theirs, then make yours again.',
    thisHousehold: 'this household',
    thisProduct: 'this product',
    thisPerson: 'this person',
    thisTeamMember: 'this team member',
  },
  tasks: {
    finished: 'This task is {{state}}. Reopen it first if it still needs doing.',
    alreadyDone: 'already done',
    cancelled: 'cancelled',
    stillOpen: 'This task is still open.',
  },
  reviews: {
    alreadyHeld: 'This review has already been recorded as held, so it can no longer be changed.',
    cancelled: 'This review was cancelled. Schedule a new one instead.',
    alreadyScheduled: '{{name}} already has a review scheduled for {{on}}. Move or cancel that one instead.',
  },
  requests: {
    closedCannotHandOver: 'This request is closed. Reopen it before handing it to a colleague.',
  },
  team: {
    emailTaken: 'Another team member already uses that email address.',
  },
  setup: {
    bookNotEmpty: 'This data folder already holds a firm, so the demo firm was not loaded and nothing was changed.',
  },
  settings: {
    currencyHeld:
      'The firm’s currency cannot change from {{current}} to {{next}} while the book holds amounts in another currency ({{held}}): Clientbook does not convert amounts, so totals would add two currencies. Keep {{current}}, or choose the currency in a new book before entering amounts.',
    products_one: '{{count}} product',
    products_other: '{{count}} products',
    departures_one: '{{count}} former client’s assets',
    departures_other: '{{count}} former clients’ assets',
    both: '{{first}} and {{second}}',
  },
  backups: {
    newBackupFailedCheck:
      'The new backup did not pass its check, so it was not copied. Try again; if it keeps failing, the disk may be failing.',
    chooseWholePath: 'Choose the backup file with its whole path, for example with Choose file.',
    backupUnrestorable: 'That backup cannot be restored: {{problem}}. Nothing was restored. Choose another backup.',
    backupUnreadable: 'That backup could not be read or did not pass its check, so nothing was restored. Choose another backup.',
    fileUnrestorable: 'That file cannot be restored: {{problem}}. Nothing was restored. Choose another file.',
    fileNotABackup: 'That file is not a Clientbook backup, or it is damaged, so nothing was restored. Choose another file.',
    notInFolder: 'That backup is not in the backups folder, so it was not copied.',
    noRecoveredBook: 'There is no recovered book waiting to be used, so nothing was changed.',
  },
  store: {
    diskFull:
      'The disk holding your data is full, so this change was not saved and nothing was changed. Everything saved before is safe. Free some space on that disk, then try again.',
    notSaved:
      'Clientbook could not save this change to disk, so nothing was changed. Check that the disk is not full and the data folder is reachable, then try again.',
    readOnly: 'Clientbook opened this data read-only, so it cannot save changes. See the message on the start screen for what to do.',
    closing: 'Clientbook is closing, so this was not done.',
  },
  packets: {
    noPdfHere:
      'Packets cannot be made into PDFs here. Use the Clientbook desktop app, or the browser version on a computer with Chromium installed.',
    needsDesktop: 'This needs a system dialog, which only the Clientbook desktop app has. Download the packet from its preview instead.',
    pdfMissingFromOffice: 'The PDF of this packet is no longer in the office database. Make the packet again to have a copy to give.',
    pdfMissingFromFolder:
      'The PDF of this packet is no longer in the data folder ({{path}}). Make the packet again to have a copy to give.',
    pdfChanged:
      'The PDF of this packet has changed since it was made, so Clientbook will not show it as the packet that was given. Make the packet again.',
    copyNotSaved: 'Clientbook could not save the copy there. Choose another folder and try again.',
    notSavedInFolder:
      'The packet was kept in Clientbook but could not be saved in the folder. Check that the folder is still there and the disk is not full.',
    batchRunning: 'Another batch of packets is still being made. Wait for it to finish or cancel it, then start this one.',
    notKept:
      'Clientbook could not keep the packet PDF in the data folder, so no packet was issued. Check that the disk is not full and the data folder is reachable, then try again.',
    outsideFolder: 'That packet’s PDF is recorded at a place outside the data folder’s packets, so Clientbook will not read it.',
    printFailed: 'The packet could not be prepared for printing. Open its preview to see why, then try again.',
    printTimedOut: 'The packet was not ready to print after {{seconds}} seconds. Please try again.',
    needsChromium:
      'Making PDFs in the browser version of Clientbook needs Chromium on this computer. Install it, or set CLIENTBOOK_CHROMIUM to the browser program, then try again.',
  },
  calendar: {
    noneInMonth: 'No reviews are scheduled in {{month}}, so there is nothing to add to a calendar.',
    needsDesktop: 'This needs a system dialog, which only the Clientbook desktop app has. Download the calendar file instead.',
    notSaved: 'Clientbook could not save the calendar file there. Choose another folder and try again.',
  },
  imports: {
    memberRemoved: 'A team member named in the file was removed.',
    householdRemoved: '{{name}} is no longer in the book.',
    aHousehold: 'A household',
    namedHouseholdGone: 'A household the file names is no longer in the book.',
    bookChanged: '{{detail}} The book changed since the preview, so nothing was imported. Preview the file again.',
    wholeBookIntoEmpty:
      'Importing a whole book is for a new, empty book; to go back to a copy of your data, restore a backup. Nothing was imported.',
  },
  office: {
    mayNotChange: 'Your sign-in to the office database may not make this change, so nothing was changed. Ask an admin.',
    adminOnly: '{{refusal}}, so nothing was changed.',
    cannotStoreCharacter:
      'This change holds a character the office database cannot store (such as a null character), so nothing was changed.',
    keptByDatabase:
      "{{what}} is not done by Clientbook with an office database: the book is kept by the office's own PostgreSQL backups. To keep a copy of your own, export the whole book.",
    backingUp: 'Backing up',
    copyingBackup: 'Copying a backup',
    restoringBackup: 'Restoring a backup',
    replacingBook: 'Replacing the whole book',
    nothingToUndo: 'There is nothing kept to undo that with, so nothing was changed.',
    undoneAlready: 'That was undone already, so nothing was changed.',
    changedSince:
      '{{who}} has since changed some of the same records (at {{at}}), so this cannot be undone without undoing their work too. Nothing was changed.',
    bookReplaced:
      'The whole office book was replaced a moment ago, so this change was not saved. Clientbook is reading the book again; try again in a moment.',
    unreachable:
      'The office database cannot be reached, so Clientbook shows the book as it last was and cannot save changes. It reconnects by itself.',
    stoppedWhileSaving:
      'The office database stopped answering while saving, so Clientbook cannot tell whether this change was saved. Once it reconnects, check the record before trying again.',
    unreachableNotSaved:
      'The office database cannot be reached, so this change was not saved. Clientbook reconnects by itself; try again in a moment.',
    signInFirst: 'Sign in to the office database first.',
  },
  files: {
    needsDesktop:
      'Opening files and folders needs the Clientbook desktop app. In a browser, download the file or find it in the folder it was saved to.',
    officeBook: 'This book is kept in the office database, not in files on this computer. Save a copy to open it.',
    moved:
      'The file or folder “{{name}}” is no longer where Clientbook saved it: it was moved, renamed or deleted. Make it again if it is still needed.',
    couldNotOpen: 'This computer could not open “{{name}}” ({{problem}}). Use Show in folder and open it from there.',
  },
  updates: {
    desktopOnly: 'Updates are a setting of the Clientbook desktop app. The browser version is updated with the computer that serves it.',
  },
  /** Why an imported row was not taken, shown beside it in the preview. */
  importRows: {
    cellCount: 'Row has {{cells}} cells but the header has {{headers}}; a value may hold an unquoted delimiter.',
    notADate: '{{label}} \u201c{{value}}\u201d is not a date; write it as {{form}} or YYYY-MM-DD.',
    notAnAmount: '{{label}} \u201c{{value}}\u201d must be an amount like 1,234.56.',
    negative: '{{label}} \u201c{{value}}\u201d cannot be negative.',
    unknownWord: '{{label}} \u201c{{value}}\u201d is not a known {{what}}.',
    wholeNumber: '{{label}} \u201c{{value}}\u201d must be a whole number from {{min}} to {{max}}.',
    notAMember: '{{label}} \u201c{{value}}\u201d is not a team member; add them to the team or fix the name.',
    inactiveMember: '{{label}} \u201c{{value}}\u201d is no longer an active team member.',
    notAHousehold: '{{label}} \u201c{{value}}\u201d is not a household in the book.',
    noHouseholdNamed: 'No household named \u201c{{name}}\u201d in the book; import the households file first or fix the name.',
    householdsNamed: '{{matches}} households are named \u201c{{name}}\u201d; add a Household ID column to say which.',
    taskWithoutAssignee: 'Task has neither an assignee nor a household whose manager could take it.',
    productValueEmpty: '{{label}} is empty; every product needs its value.',
    accountTwice: '{{label}} \u201c{{value}}\u201d is already on row {{row}} for this household.',
    responseDateEmpty: '{{label}} is empty; every response needs its date.',
    inFuture: '{{label}} \u201c{{value}}\u201d is in the future.',
    noScore: 'Row has neither an NPS nor a CSAT score.',
    notPersonOf: '{{label}} \u201c{{value}}\u201d is not a person of {{name}}.',
    interactionDateEmpty: '{{label}} is empty; every interaction needs its date.',
    summaryEmpty: '{{label}} is empty.',
    contactWithoutName: 'Row has contact details but no person\u2019s name.',
    accountValueEmpty: '{{label}} is empty; every account needs its value.',
    marketValue: 'Market value',
    needsName: 'Row needs a household name or a last name.',
    formerStatus: '{{label}} \u201c{{value}}\u201d: former clients are marked from their page, with why they left; import them as active.',
    noManager: 'Household \u201c{{name}}\u201d has no manager; fill in the Manager column (a team member\u2019s name or email).',
    kinds: {
      tier: 'tier',
      status: 'status',
      taskStatus: 'task status',
      priority: 'priority',
      taskCategory: 'task category',
      productType: 'product type',
      surveyChannel: 'survey channel',
      interactionType: 'interaction type',
      relationship: 'relationship',
      yesOrNo: 'yes or no',
      householdType: 'household type',
    },
  },
  /** Input the backend refuses, naming the field (checks.ts `invalid`). */
  refused: {
    fileNotFolder: 'That is a file, not a folder. Choose a folder for {{what}}.',
    forBackupCopy: 'the backup copy',
    forPackets: 'the packets',
    forExport: 'the export',
    forClientFile: 'the client file',
    notAnExport: 'That file is not a Clientbook export ({{detail}}), so nothing was imported. Choose the {{file}} file of an export.',
    rowsWithErrors: 'The file has errors in {{rows}}; fix the file or choose to import only the good rows.',
    rows_one: '{{count, number}} row',
    rows_other: '{{count, number}} rows',
    duplicateNeedsDecision:
      'The household “{{incoming}}” in the file looks like {{existing}}, already in the book; choose to skip, merge or add it as new.',
    mappingLength: 'The file has {{columns}} but the mapping has {{mapped}}. Preview the file again.',
    columns_one: '{{count, number}} column',
    columns_other: '{{count, number}} columns',
    complaintResolved: 'A complaint cannot be resolved without a resolution: say how it was resolved.',
    complaintClosed: 'A complaint cannot be closed without a resolution: say how it was resolved.',
    archivedNoReviews: '{{name}} is archived; only current clients have reviews.',
    formerNoReviews: '{{name}} is a former client; only current clients have reviews.',
    prospectNoReviews: '{{name}} is a prospect; only current clients have reviews.',
    stepToInactive:
      'Step {{step}} (\u201c{{title}}\u201d) goes to {{name}}, who is no longer an active team member. Edit the template to choose someone else.',
    aFormerColleague: 'a former colleague',
    stepFollowsLater: 'Step {{step}} (\u201c{{title}}\u201d) can only follow an earlier step, not step {{after}}.',
    columnNotOfKind:
      'Column \u201c{{header}}\u201d cannot be imported as {{field}} in a {{kind}} file. Choose another field or leave it out.',
    columnMappedTwice:
      'Columns \u201c{{earlier}}\u201d and \u201c{{header}}\u201d are both mapped to {{field}}. Map each field to one column.',
    mapRequired: 'Map a column to {{fields}} before previewing.',
    activeWorkflowTemplate: 'Choose one of the active workflow templates.',
    alreadyOwnsRequest: '{{name}} already owns this request.',
    chooseWholeFilePath: 'Choose the file with its whole path, for example with Choose file.',
    chooseWholeFolderPath: 'Choose the folder with its whole path, for example with Choose folder.',
    dayInFuture: 'The day cannot be in the future.',
    decisionTaskNeedsDueDate: 'A decision that becomes a task needs a due date.',
    decisionTaskNeedsOwner: 'A decision that becomes a task needs someone to own it.',
    departureBeforeClientSince: 'The departure date cannot be before the household became a client.',
    exportFileMissing: 'That file does not exist. Choose the export file again.',
    exportFromNewer: 'That export was made by a newer version of Clientbook. Update Clientbook, then import it.',
    folderNotCreated: 'Clientbook could not create that folder. Choose another one.',
    folderNotWritable: 'Clientbook cannot save files in that folder. Choose a folder you can write to.',
    followUpBeforeContact: 'Choose a follow-up date on or after the day of the contact.',
    holdingClosesBeforeOpening: 'A holding cannot close before it opened.',
    inviteFromHousehold: "Choose the people to invite from {{name}}'s people.",
    managerInactiveForFollowUp:
      'The primary account manager of {{name}} is no longer active. Reassign the household before asking for a follow-up.',
    managerInactiveForWorkflow:
      "The household's primary account manager is no longer active. Reassign the household before starting a workflow.",
    noRowsUnderHeader: 'This file has no rows to import under its header. Check that you chose the right file.',
    noValuationThatDay: 'This product has no valuation on that day. Refresh the household and try again.',
    notCsv:
      'This file does not look like CSV: it has only one column. Check the delimiter, or save the spreadsheet as CSV and choose it again.',
    onlyPeopleOfHousehold: 'Choose only people of this household.',
    onlyRepeatingSkipped: 'Only a repeating task can be skipped; cancel a one-off task instead.',
    onlyScheduledReviewInCalendar: 'Only a scheduled review can be added to a calendar.',
    packetInFuture: 'A packet can only show what is already known: choose today or an earlier day.',
    packetReviewCancelled: 'That review was cancelled. Choose another one, or make the packet without a review.',
    periodEndsBeforeStart: 'The end of the period cannot be before its start.',
    personOfHousehold: 'Choose one of the people of {{name}}, or nobody in particular.',
    requestReceivedInFuture: 'The time the request was received cannot be in the future.',
    requestTaskHousehold: "A task for a service request belongs to the request's household.",
    reviewInPast: 'A review cannot be scheduled on a day that has passed. Choose today or a later day.',
    reviewOfAnotherHousehold: 'That review belongs to another household. Refresh and try again.',
    reviewOfHousehold: 'Choose one of the reviews of {{name}}.',
    serviceRequestGone: 'That service request no longer exists.',
    serviceTeamFromList: 'Choose service team members from the team list.',
    signerFromHousehold: 'Choose who signs from the people of {{name}}.',
    taskWithoutDueDateInCalendar: 'This task has no due date, so it cannot go in a calendar. Give it a due date first.',
    timeNeedsDueDate: 'A time of day needs a due date as well.',
    viewOwner: 'Saved views belong to a team member; choose one from the team list.',
  },
  /** A field's rule beyond its type, said after its label (issue-message.ts): `{{label}} {{rule}}.` */
  rules: {
    sentence: '{{label}} {{rule}}.',
    accountNumber: 'may hold only letters, digits, spaces and dashes',
    id: 'must be an id',
    pastDay: 'must be between 1900 and today',
    planDay: 'must be between 2000 and 2100',
    currencyLikeUsd: 'must be a currency code like USD',
    phone: 'must be a phone number like +1 555-0142',
    phoneDigits: 'must have 7 to 15 digits',
    changeOneField: 'must change at least one field',
    timeZoneLikeLondon: 'must be a time zone like Europe/London',
    monthLike: 'must be a month like 2026-03',
    pngOrJpeg: 'must be a PNG or JPEG image',
    npsOrCsat: 'needs an NPS or a CSAT score',
    addUpTo100: 'must add up to 100',
    belowGreen: 'must be below the green threshold',
    languageTag: 'must be a language tag like en-IN',
    currencyLikeInr: 'must be a currency code like INR',
    timeZoneLikeKolkata: 'must be a time zone like Asia/Kolkata',
    supportedLocale: 'must be a language tag this computer can format, like en-IN',
    isoCurrency: 'must be an ISO 4217 currency code, like INR',
    knownTimeZone: 'must be a time zone this computer knows, like Asia/Kolkata',
    changeOneSetting: 'must change at least one setting',
    noOuterSpace: 'must not begin or end with a space',
    timeLike: 'must be a time like 09:30',
  },
  dispatch: {
    unknownChannel: 'Clientbook does not know the request "{{channel}}".',
    invalidInput: 'Some of the details are not valid: {{details}}.',
    unexpected:
      'Something went wrong inside Clientbook and the request was not completed. Please try again; if it keeps happening, restart the app.',
  },
  internal: {
    twoHandlers: 'Two services answer the channel "{{channel}}": {{first}} and {{second}}. Each channel must have one handler.',
  },
} as const;
