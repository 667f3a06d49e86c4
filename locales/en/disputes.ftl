# Disputes: saying an entry is wrong, following it, and the agency reviewer's pages and emails.

nav-disputes = My disputes
nav-review = Dispute queue

# On the record page
charge-dispute = Something wrong with this entry?
charge-dispute-label = Something wrong with this entry: { $offense }?
charge-corrected = Corrected on { $date } after dispute { $reference }.
record-disputes-link = My disputes
record-wrong-heading = { $reader ->
    [self] Is something wrong with your record?
   *[other] Is something wrong with this record?
}
record-wrong-body = If an entry is wrong, use the link under it. If something else is wrong, for example an entry should have been cleared, tell us here.
record-wrong-link = Tell us something is wrong with the whole record
case-record-note = You are seeing this record because of dispute { $reference }. Every time you open it, the person can see that you did.

# Steps of a dispute
dispute-caption = Report a mistake
dispute-continue = Continue
dispute-about-entry = The entry you are reporting:
dispute-about-whole = You are reporting something about the whole record.
dispute-kind-title = What is wrong?
dispute-kind-heading = What is wrong?
dispute-kind-legend = Choose the one that fits best
dispute-kind-not-me = This entry is not mine
dispute-kind-outcome-wrong = The outcome is wrong or missing
dispute-kind-date-wrong = A date is wrong
dispute-kind-should-be-cleared = This should have been cleared
dispute-kind-duplicate = It appears twice
dispute-kind-other = Something else
dispute-details-title = Tell us more
dispute-details-heading = Tell us more
dispute-statement-hint = Explain what is wrong, in your own words.
dispute-statement-hint-not-me = For example: you were never arrested that day, or the name or date of birth is someone else's.
dispute-statement-hint-outcome-wrong = For example: the charge was dismissed, or you completed a program, but the record says otherwise or says nothing.
dispute-statement-hint-date-wrong = Say which date is wrong and, if you know it, the right date.
dispute-statement-hint-should-be-cleared = Say why you think it should have been cleared, for example that you paid what you owed.
dispute-statement-hint-duplicate = Say which entries are the same case.
dispute-statement-hint-other = Explain what is wrong, in your own words.
field-dispute-statement = What is wrong?
field-dispute-statement-hint = Up to 5,000 characters. You can add documents on the next page.
field-dispute-correct-value = What should it say? (optional)
field-dispute-correct-value-hint = For example, the right outcome or the right date.
dispute-documents-title = Add documents
dispute-documents-heading = Add documents (optional)
dispute-documents-lead = Documents help the reviewer decide faster, for example a court order, a receipt for what you paid, or a certificate from a program. You can add up to 10, one at a time.
dispute-documents-added = Documents you have added
dispute-document-remove = Remove
dispute-document-remove-label = Remove { $name }
dispute-document-add = Add this document
field-document = Choose a document
field-document-optional = Add a document (optional)
field-document-hint = A PDF, JPG or PNG file, up to 10 MB. A clear photo of a paper is fine.
document-size = { $kb } KB
dispute-check-title = Check your answers
dispute-check-heading = Check your answers before sending
dispute-check-kind = What is wrong
dispute-check-statement = What you told us
dispute-filed-by = { $reader ->
    [self] Filed for you by
   *[other] Filed by
}
dispute-statement-worker = What the legal aid worker told us
dispute-statement-person = { $reader ->
    [self] What you told us
   *[other] What the person told us
}
dispute-check-correct-value = What it should say
dispute-check-documents = Documents
dispute-check-none = None
dispute-change = Change
dispute-change-label = Change { $what }
dispute-check-send-heading = Now send your report
dispute-check-send-body = By sending this, you confirm that what you told us is true as far as you know. An agency reviewer will read it and look at the record.
dispute-submit = Send the report
dispute-confirmation-title = Report sent
dispute-confirmation-heading = Report sent
dispute-confirmation-reference = Your reference number is
dispute-confirmation-next-heading = What happens next
dispute-confirmation-next = An agency reviewer will look at the record and answer by { $date }. They may ask you for more information.
dispute-confirmation-email = We will email you each time the status changes. Keep the reference number: use it if you call about your report.
dispute-confirmation-follow = Follow your report

# My disputes and one dispute
disputes-title = My disputes
disputes-heading = My disputes
disputes-lead = The mistakes you have reported, and where each one stands.
disputes-lead-clients = The mistakes reported about your clients' records, by you or by the client, and where each one stands.
disputes-filed-by = Filed by
disputes-filed-by-you = You
disputes-filed-by-client = Your client
disputes-none = You have not reported any mistakes.
disputes-none-clients = No mistakes have been reported about your clients' records.
disputes-reference = Reference
disputes-kind = What is wrong
disputes-sent = Sent on
disputes-status = Status
disputes-from-record = Report a mistake from your record
disputes-from-clients = Report a mistake from a client's record
dispute-detail-heading = Report { $reference }
dispute-due = Answer due by
dispute-timeline-heading = What has happened so far
dispute-status-submitted = Sent
dispute-status-in-review = In review
dispute-status-info-requested = More information needed
dispute-status-corrected = Corrected
dispute-status-not-changed = Not changed
dispute-status-submitted-meaning = We have your report. A reviewer will look at it soon.
dispute-status-in-review-meaning = A reviewer is looking at the record.
dispute-status-info-requested-meaning = The reviewer needs more information from you. Answer below.
dispute-status-corrected-meaning = The record was corrected. The reviewer explains the change below.
dispute-status-not-changed-meaning = The reviewer found the record is right and did not change it. Their reason is below.
dispute-event-submitted = Report sent
dispute-event-review-started = A reviewer started looking at it
dispute-event-info-requested = The reviewer asked for more information
dispute-event-info-given = More information was sent
dispute-event-corrected = The record was corrected
dispute-event-not-changed = The record was not changed
dispute-event-reviewer-said = The reviewer wrote:
dispute-event-you-said = Written with the report:
dispute-documents-continue-hint = When you have added every document, continue. A document you chose and did not add yet is added when you continue.
dispute-question-heading = What the reviewer asked you
dispute-reply-heading = Send the information asked for
field-dispute-reply = Your answer
dispute-reply-submit = Send my answer

# Errors
error-dispute-kind-missing = Choose what is wrong
error-dispute-entry-unknown = This entry is not on the record you can report on. Go back to the record and use the link under the entry.
error-dispute-statement-missing = Tell us what is wrong
error-dispute-statement-too-long = This must be 5,000 characters or fewer
error-dispute-correct-value-too-long = This must be 500 characters or fewer
error-dispute-signed-out = You were signed out because you were inactive. What you typed is below: sign in again in a new tab or window, then come back here and press Continue again.
error-dispute-form-expired = This form expired to protect your security. Check your answers and send the report again.
error-dispute-reply-missing = Write your answer
error-dispute-not-waiting = The reviewer is not waiting for an answer on this report any more.
error-document-missing = Choose a document to add
error-document-type = The document must be a PDF, JPG or PNG file
error-document-too-big = The document must be smaller than 10 MB
error-document-empty = The document is empty. Choose another file.
error-document-too-many = You can add up to 10 documents
error-dispute-too-many-drafts = You have started as many reports as you can without sending them. Send or finish one of them first. Reports you do not send are deleted after 30 days.
error-document-no-room = This account cannot keep any more documents. Remove a document you no longer need from a report you have not sent, or ask the records office how to send it another way.
error-document-unreadable = The document could not be read. Try again, or choose another file.

# The reviewer's pages
review-title = Dispute queue
review-heading = Dispute queue
review-count = { $count ->
    [0] There are no open disputes.
    [one] 1 open dispute, { $overdue } overdue.
   *[other] { $count } open disputes, { $overdue } overdue.
}
review-none = Nothing is waiting for review.
review-due = Due
review-overdue = Overdue
review-person = Record of { $name }
review-whole-record = See the whole record
review-decide-heading = Decide
review-start = Start the review
review-correct-heading = Correct the record
review-correct-hint = The fields show the entry as it is now. Change what is wrong; the old values are kept in the record's history.
review-correct-submit = Check the correction
review-check-title = Check the correction
review-check-lead = Nothing is changed yet. Check each change to report { $reference } and the message the person will read, then apply it.
review-check-changes = What changes
review-check-field = Field
review-check-now = Now
review-check-after = After the correction
review-check-no-date = No date (the case is open)
review-check-on-record = On the record
review-check-on-record-field = Listed on the record
review-check-struck = Taken off the record
review-check-apply = Apply the correction
review-check-edit = Go back and change it
review-info-heading = Ask for more information
review-info-submit = Send the request
review-decline-heading = Do not change the record
review-decline-submit = Decline, with this reason
review-language = Language
review-write-in = This report was filed in { $language }. Write your messages and the reason for your decision in { $language }: the person reads them exactly as you write them.
field-review-disposition = Outcome
field-review-disposition-date = Date of the outcome
field-review-disposition-date-hint = Leave empty if the case is still open.
field-review-grade = Grade
field-review-restitution = Restitution still owed, in dollars
field-review-restitution-hint = For example, 0 or 450.00
field-review-strike = Take this entry off the person's record (it is not theirs, or it appears twice)
field-review-correction-message = What was corrected, for the person
field-review-info-message = What you need from the person
field-review-decline-message = Why the record is right, for the person
field-review-message-hint = The person reads this. Write plainly; no internal codes.
error-review-correction-missing = Explain the correction to the person
error-review-request-missing = Say what information you need
error-review-reason-missing = Give the reason the record is not changed
error-review-nothing-changed = Nothing was changed. Change a value, or decline the dispute.
error-review-restitution = Enter an amount in dollars, like 0 or 450.00
notice-dispute-updated = The dispute was updated. The person will be told by email.
notice-dispute-updated-not-reviewed = The entry was corrected and the person will be told by email. Its clearance decision could not be worked out again just now; the next clearance run will do it.
disposition-name-convicted = Convicted
disposition-name-dismissed = Dismissed
disposition-name-withdrawn = Withdrawn
disposition-name-nolle-prossed = Nolle prossed (dropped)
disposition-name-acquitted = Acquitted
disposition-name-diverted = Diversion completed
disposition-name-pardoned = Pardoned
disposition-name-pending = Still open
disposition-name-unknown = Not known

# Emails about a dispute
email-dispute-received-subject = We received your report { $reference }
email-dispute-received-body =
    We received your report of a mistake in a criminal record. Its reference number is { $reference }.

    An agency reviewer will look at the record and answer by { $date }. We will email you each time its status changes.

    Follow it here: { $link }
email-dispute-in-review-subject = Your report { $reference } is being reviewed
email-dispute-in-review-body =
    A reviewer has started looking at your report { $reference }.

    Follow it here: { $link }
email-dispute-info-requested-subject = More information needed for your report { $reference }
email-dispute-info-requested-body =
    The reviewer needs more information to decide on your report { $reference }. They wrote:

    { $message }

    Answer here: { $link }
email-dispute-info-given-subject = We received your answer about report { $reference }
email-dispute-info-given-body =
    Thank you: we received your answer about report { $reference }. It is back with the reviewer, who will look at what you sent.

    Follow it here: { $link }
email-dispute-corrected-subject = Your record was corrected ({ $reference })
email-dispute-corrected-body =
    After your report { $reference }, the record was corrected. The reviewer wrote:

    { $message }

    See your record and the report here: { $link }
email-dispute-not-changed-subject = Decision on your report { $reference }
email-dispute-not-changed-body =
    The reviewer looked at your report { $reference } and did not change the record. They wrote:

    { $message }

    See the report here: { $link }
    A legal aid office can help you if you disagree.
email-review-answer-subject = An answer arrived for dispute { $reference }
email-review-answer-body =
    The answer to your request for more information about dispute { $reference } has arrived. The dispute is back in the review queue.

    Open it: { $link }
notice-dispute-already-decided = This dispute had already been decided, so nothing was changed.

# Sealed entries a clearance run no longer clears (/review/sealed), for reviewers.
unseal-title = Sealed entries to check
unseal-heading = Sealed entries to check
unseal-lead = A review found that the law in force no longer clears these sealed entries, for example after a correction or a new extract. Nothing has been unsealed. Unseal an entry only when you have checked that it must be public again: its court and police are then told.
unseal-none = There is nothing to check.
unseal-person = Person
unseal-entry = Entry
unseal-sealed-under = Sealed under
unseal-now = What the law says now
unseal-flagged-on = Found on
unseal-unseal = Unseal
unseal-keep = Keep it sealed
unseal-back = Back to the dispute queue
unseal-done-unsealed = The entry is unsealed. Its court and police have a notice.
unseal-done-kept = The entry stays sealed.
unseal-done-already = Someone has already decided this entry.
review-sealed-link = Sealed entries to check
