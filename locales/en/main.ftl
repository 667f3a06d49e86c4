# Shared by every page: service name, layout, navigation, form furniture.
service-name = My Record
layout-skip-to-content = Skip to main content
layout-nav-label = Main menu
layout-footer-synthetic = My Record shows the criminal history the state holds about you and what the Clean Slate law did with it. It is not legal advice.
nav-my-record = My record
nav-sign-out = Sign out
nav-back = Back
nav-home = Go to the start page
form-error-summary-title = There is a problem
form-error-prefix = Error:
# The language's name in itself, shown by the switcher on pages in other languages.
language-endonym = English
# Each language named in this page's language, for the reviewer's queue.
language-name-en = English
language-name-es = Spanish
language-name-zh-hans = Chinese (Simplified)
language-name-vi = Vietnamese
language-name-ko = Korean
language-name-tl = Tagalog
language-name-ru = Russian
language-name-ar = Arabic
# The button that opens the list of languages, before the name of the page's language.
language-menu-label = Language

# Dates
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# Start page and sign in
start-title = See your criminal record
start-heading = See your criminal record in plain language
start-lead = Under { $law }, many old records are cleared from public background checks automatically, without you having to ask. Sign in to see what is on your record and what the law did with it.
start-can-see = every arrest and charge the state holds, explained in plain words
start-can-cleared = which entries were cleared automatically, and why
start-can-when = when the other entries could be cleared
start-go-to-record = Go to my record
sign-in-heading = Sign in
sign-in-submit = Sign in
sign-in-no-account = No account yet?
sign-in-create-account = Create an account
field-email = Email address
field-password = Password
notice-signed-out = You have signed out.
notice-sign-in-to-see-record = Sign in to see your record.

# Create an account
register-title = Create an account
register-heading = Create an account
register-lead = You need an account to see your record. Use an email address only you can read.
register-submit = Create account
field-new-password = Create a password
field-new-password-hint = Use at least 12 characters. A few unrelated words together make a strong password that is easy to remember.
field-password-confirm = Type the password again

# Form errors (shown next to the field and in the summary at the top)
error-email-missing = Enter your email address
error-email-invalid = Enter an email address in the correct format, like name@example.com
error-password-missing = Enter your password
error-sign-in-failed = The email address or password is not right. Check them and try again.
error-password-too-short = Your password must be at least 12 characters long
error-password-too-long = Your password must be 128 characters or fewer
error-password-mismatch = The two passwords do not match. Type the same password twice.
error-form-expired-retry = This form expired to protect your security. Check what you entered and send it again.

# Pages that say one thing
error-not-found-heading = Page not found
error-not-found-body = If you typed the web address, check it is correct. If you followed a link, it may be out of date.
error-server-heading = Sorry, something went wrong
error-server-body = Nothing you entered has been lost. Try again in a few minutes.
error-form-expired-heading = This form has expired
error-form-expired-body = For your security, forms only work for a limited time. Go back, reload the page and try again.
error-bad-request-heading = We could not read that request
error-bad-request-body = Go back and try again.
error-timeout-heading = That took too long
error-timeout-body = The page waited too long for what your browser was sending, so it stopped. Nothing was saved. Go back and try again.
error-unavailable-heading = This service is not working right now
error-unavailable-body = This is a problem on our side, not something you did. Try again in a few minutes. If you were sending a form, send it again then.
error-unreadable-text-heading = We could not read what you sent
error-unreadable-text-body = Some of the text was in a form we cannot read. This can happen with text copied from another program. Go back, type it again, and send it.
error-text-unreadable = Some of this text was in a form we cannot read. This can happen with text copied from another program. Type it again.

# My record
record-heading = My record
record-greeting = Hello, { $name }. This is the criminal history the state holds about you.
record-as-of = This information is current as of { $date }. Newer court decisions may not be included yet.
record-not-linked-heading = Your record is not linked to this account yet
record-not-linked-body = To protect your privacy, we only show a record once we are sure it is yours.
record-not-linked-code = The state mails a letter with a record access code to the address it has for you. You will use that code and your date of birth to link your record to this account.
record-summary-empty = { $reader ->
    [other] There are no entries on this record.
   *[self] There are no entries on your record.
}
record-summary-none-reviewed = { $reader ->
    [other] { $count ->
        [one] This record has 1 entry. It has not been reviewed for automatic clearance yet.
       *[other] This record has { $count } entries. None of them has been reviewed for automatic clearance yet.
    }
   *[self] { $count ->
        [one] Your record has 1 entry. It has not been reviewed for automatic clearance yet.
       *[other] Your record has { $count } entries. None of them has been reviewed for automatic clearance yet.
    }
}
record-summary-cleared = { $reader ->
    [other] { $total ->
        [one] { $cleared ->
            [0] The 1 entry on this record was not cleared.
           *[other] The 1 entry on this record was cleared.
        }
       *[other] { $cleared } of { $total } entries on this record were cleared.
    }
   *[self] { $total ->
        [one] { $cleared ->
            [0] The 1 entry on your record was not cleared.
           *[other] The 1 entry on your record was cleared.
        }
       *[other] { $cleared } of { $total } entries on your record were cleared.
    }
}
record-summary-waiting = { $count ->
    [one] 1 entry is waiting and can be cleared later.
   *[other] { $count } entries are waiting and can be cleared later.
}
record-summary-not-cleared = { $count ->
    [one] 1 entry cannot be cleared automatically.
   *[other] { $count } entries cannot be cleared automatically.
}
record-summary-not-reviewed = { $count ->
    [one] 1 entry has not been reviewed yet.
   *[other] { $count } entries have not been reviewed yet.
}
record-glossary-title = What the tags mean
record-help-link = More about the words on a record, and what the law clears

# Status tags
status-cleared = Cleared
status-waiting = Waiting
status-not-cleared = Not cleared
status-not-reviewed = Not yet reviewed
status-cleared-meaning = Cleared by the law. Each entry says what was done: sealed (hidden from most background checks; police and courts can still see it), expunged, set aside, dismissed, or reduced to a lower grade.
status-waiting-meaning = Can be cleared automatically on a later date, if nothing changes before then.
status-not-cleared-meaning = { $reader ->
    [other] The law does not clear this entry automatically. The person may still be able to ask a court to seal or expunge it.
   *[self] The law does not clear this entry automatically. You may still be able to ask a court to seal or expunge it.
}
status-not-reviewed-meaning = The state has not checked this entry for automatic clearance yet.

# One arrest (case) and its charges
case-heading = Arrest on { $date } by { $agency }
case-tracking-number = Tracking number
case-court-case = Court case
case-court = Court
charge-offense-unknown = Offense not described in the record
charge-law = Law
charge-law-value = { $statute }, { $grade }
law-unknown = the Clean Slate law
charge-what-happened = What happened
charge-date = Date of the decision
charge-no-date = No decision yet
charge-clearance = Clearance

# Grades in plain words
grade-f1 = felony of the first degree (the most serious felonies)
grade-f2 = felony of the second degree
grade-f3 = felony of the third degree
grade-f = felony
grade-m1 = misdemeanor of the first degree (the most serious misdemeanors)
grade-m2 = misdemeanor of the second degree
grade-m3 = misdemeanor of the third degree
grade-m = misdemeanor
grade-s = summary offense (the least serious kind, like a traffic ticket)
grade-i = infraction (the least serious kind, not a crime)
grade-unknown = grade not recorded

# What happened, in one plain sentence per disposition
disposition-convicted = { $reader ->
    [other] The person was found guilty or pleaded guilty (a conviction).
   *[self] You were found guilty or pleaded guilty (a conviction).
}
disposition-dismissed = The court dismissed the charge. This is not a conviction.
disposition-withdrawn = The prosecutor withdrew the charge. This is not a conviction.
disposition-nolle-prossed = The prosecutor dropped the charge (nolle prosequi). This is not a conviction.
disposition-acquitted = { $reader ->
    [other] The person was found not guilty. This is not a conviction.
   *[self] You were found not guilty. This is not a conviction.
}
disposition-diverted = { $reader ->
    [other] The person completed a diversion program, so the charge did not end in a conviction.
   *[self] You completed a diversion program, so the charge did not end in a conviction.
}
disposition-pardoned = { $reader ->
    [other] The person was pardoned by the Governor.
   *[self] You were pardoned by the Governor.
}
disposition-pending = The case is still open. No decision has been made yet.
disposition-unknown = The record does not say how this charge ended.

# Clearance decisions and their reasons
decision-cleared = Can be sealed under { $law } since { $date }; the next review seals it.
decision-sealed = Sealed on { $date } under { $law }. Since then, most background checks do not show it.
decision-eligible-since = The law allowed sealing it from { $date }; it was hidden only from the day it was sealed.
remedy-eligible-since = The law allowed this from { $date }; it took effect on the date above.
decision-waiting = This can be cleared on { $date }.
decision-run = Reviewed under { $law } on { $date }.
decision-reviewed = Reviewed on { $date }.

# What clearing does, for decisions of laws that name a remedy ({ $law } names the law,
# { $date } the day, { $grade } the lower grade in words).
remedy-due-seal = Can be sealed under { $law } since { $date }; the next review seals it.
remedy-due-expunge = Can be expunged under { $law } since { $date }; the next review does it.
remedy-due-set-aside = Can be set aside under { $law } since { $date }; the next review does it.
remedy-due-dismiss-and-seal = Can be dismissed and sealed under { $law } since { $date }; the next review does it.
remedy-due-reduce = Can be reduced to { $grade } under { $law } since { $date }; the next review does it.
remedy-done-seal = Sealed on { $date } under { $law }.
remedy-done-expunge = Expunged on { $date } under { $law }.
remedy-done-set-aside = Set aside on { $date } under { $law }.
remedy-done-dismiss-and-seal = Dismissed and sealed on { $date } under { $law }.
remedy-done-reduce = Reduced to { $grade } on { $date } under { $law }.
remedy-meaning-seal = Sealed means most employers and landlords who run a background check do not see it. Police and courts still can.
remedy-meaning-expunge = Expunged means the record is destroyed. Background checks do not show it, and you do not have to tell anyone about it.
remedy-meaning-set-aside = Set aside means the law treats the conviction as if it did not happen. Most background checks do not show it. Police and courts still can.
remedy-meaning-dismiss-and-seal = Dismissed and sealed means the conviction is cancelled, because what was done is no longer a crime. Background checks do not show it.
remedy-meaning-reduce = Reduced means the conviction stays on your record, but as the lower kind of offense. Background checks show the lower grade.
reduced-grade-m = a misdemeanor
reduced-grade-i = an infraction (not a crime)
reason-not-final = This charge is not finished in court yet, so it cannot be cleared.
reason-waiting-period = The waiting period set by the law has not passed yet.
reason-restitution-owed = Restitution is still owed on this case. It can be reviewed again once it is paid.
reason-excluded-offense = This offense is not covered by the law.
reason-disqualifying-history = { $reader ->
    [other] Other convictions on this record stop this entry from being cleared automatically.
   *[self] Other convictions on your record stop this entry from being cleared automatically.
}
held-back-by = These are the convictions that stop it:
held-back-entry = { $offense }, { $date }
reason-grade-not-covered = Convictions of this grade are not cleared automatically by the law.
reason-no-rule = No rule of the law applies to this entry.
reason-missing-data = The record is missing a detail the law needs to decide, such as the sentence. If you report the mistake, it can be added.
reason-no-lesser-offense = After the change in the law, this offense has the same grade or a higher one, so there is nothing to reduce.
reason-date-not-covered = The offense happened after the law changed, so this part of the law does not apply to it.
reason-pending-charge = { $reader ->
    [other] The person has a case that is still open in court. Nothing can be cleared automatically until it ends.
   *[self] You have a case that is still open in court. Nothing can be cleared automatically until it ends.
}
reason-conviction-limit = { $reader ->
    [other] The person has more convictions of this kind than the law lets be cleared automatically.
   *[self] You have more convictions of this kind than the law lets be cleared automatically.
}

# Contact: where to reach a human (configured by the deployment)
footer-contact = Contact
contact-title = Contact – My Record
contact-heading = Talk to a person
contact-lead = My Record cannot answer questions by itself. These offices can: the state's criminal records office about what is on your record, and legal aid organizations about what you can do next. Legal aid is free for people who qualify.
contact-agency-heading = The state's criminal records office
contact-agency-lead = Call or write to them to ask for a record access code letter, to ask about a report you sent, or about what your record holds.
contact-agency-none = This portal has not been given the office's contact details yet. The agency that mailed you a letter can tell you how to reach it.
contact-legal-aid-heading = Free legal help
contact-legal-aid-lead = These organizations help people clear their records and can tell you if a court petition or a pardon could help you. Each says which counties it serves.
contact-legal-aid-none = This portal has not been given a list of legal aid organizations yet.
contact-legal-aid-link = Free legal help near you
contact-phone = Phone
contact-hours = Open
contact-address = Address
contact-web = Website
contact-counties = Serves
contact-whole-state = The whole state
contact-lead-start = Questions about your record, or no letter with an access code? Call the office.
contact-lead-letter = To get a letter with a new access code, call or write to the office.
contact-lead-dispute = If you call about your report, give them its reference.
contact-lead-error = If this keeps happening, you can call the office.
contact-lead-help = They can answer questions about what your record holds and send a new access code letter.

# What can still be done about an entry the automatic process cannot clear
next-step-heading = { $reader ->
    [self] What you can still do
   *[other] What the person can still do
}
next-step-petition = { $reader ->
    [self] The automatic process cannot clear this entry. A court may still seal or expunge it if you ask (a petition), and a pardon can clear a conviction. Which of these is open to you depends on your whole record.
   *[other] The automatic process cannot clear this entry. A court may still seal or expunge it if the person asks (a petition), and a pardon can clear a conviction. Which of these is open depends on the whole record.
}
next-step-help = { $reader ->
    [self] Free legal aid can tell you which applies to you and help you ask.
   *[other] Free legal aid can tell the person which applies and help them ask.
}

meta-description = See your criminal record in plain language: what the state's Clean Slate law cleared, when the rest could be cleared, and how to report a mistake.
