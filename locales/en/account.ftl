# Accounts, roles, two-step sign-in, password reset, linking a record, sharing it, and who has
# viewed it. Also the pages for legal aid workers and administrators, and the emails.

# Menu and roles
nav-account = Account
nav-clients = My clients
nav-admin = Administration
role-person = Person with a record
role-legal-aid = Legal aid worker
role-reviewer = Agency reviewer
role-admin = Administrator
sign-in-forgot = Forgot your password?

# Dates with a time of day
date-time = { $date } at { $time } { $zone }

# Notices
notice-password-changed = Your password has been changed. Sign in with your new password. Any other place you were signed in has been signed out.
notice-two-step-expired = That took too long, so we stopped the sign-in to keep your account safe. Sign in again.
notice-two-step-off = Two-step sign-in is off. You now sign in with your password only.
notice-record-linked = Your record is now linked to this account.
notice-access-granted = The legal aid worker can now see your record.
notice-access-revoked = The legal aid worker can no longer see your record.
notice-email-link-sent = We sent a link to the new address. Open it within 24 hours to start using that address. Until then you sign in with your current email.
notice-email-changed = Your email is changed. Sign in with the new address from now on.
notice-account-closed = Your account is closed and you are signed out. Your record is still kept by the state. We sent a last email to say what happens next.

# Changing the password or email, and closing the account
field-current-password = Your current password
field-new-email = New email address
error-current-password-missing = Enter your current password
error-current-password-wrong = This is not your current password. Check it and try again.
error-email-unchanged = This is already your email. Enter the new address you want to use.
error-too-many-email-changes = We already sent several links for this account. Wait an hour and ask again.
change-password-title = Change your password
change-password-lead = Enter your current password, then choose a new one. After the change you sign in again, and every other place you were signed in is signed out.
change-password-submit = Change my password
change-email-title = Change your email address
change-email-current = You sign in with { $email }.
change-email-lead = We send a link to the new address. The change happens only when you open it, so we know the address is yours. We also tell your current address.
change-email-submit = Send the link
confirm-email-title = Confirm your new email address
confirm-email-lead = Use { $email } to sign in to My Record from now on?
confirm-email-submit = Yes, use this address
confirm-email-taken-heading = This address has its own account
confirm-email-taken-body = Another My Record account uses this email address, so your email did not change. Sign in and choose a different address.
confirm-email-invalid-heading = This link does not work
confirm-email-invalid-body = The link was used already, is more than 24 hours old, or a newer one was sent. Sign in and ask for a new link from your account page.
close-account-title = Close your account
close-account-goes-heading = What closing does
close-account-goes-sign-in = You can no longer sign in. Your password, two-step sign-in and email address are removed from the account.
close-account-goes-sharing = Legal aid workers you let see your record can no longer see it.
close-account-goes-drafts = Reports you started but did not send are deleted, with their documents.
close-account-goes-email = We send no more emails, except one to say the account is closed.
close-account-stays-heading = What stays
close-account-stays-record = Your criminal record. It is kept by the state, not by this account, and closing does not change it. What the Clean Slate law cleared stays cleared.
close-account-stays-disputes = Mistakes you already reported. The agency still answers them; write or call with the reference number to hear the answer.
close-account-stays-audit = The list of who looked at your record and what was done, which the law requires us to keep. It no longer shows your email.
close-account-again = You can come back later: create a new account and ask for a new letter to link your record.
close-account-submit = Close my account

# Form errors
error-too-many-attempts = There have been too many tries. For your security, wait 15 minutes, then try again.
error-too-many-resets = We have already sent several links to this address. Wait an hour, then ask again.
error-password-common = This password is too common and easy to guess. Choose a different one, for example three or four unrelated words.
error-password-from-context = Your password must not be your email address or the name of this service. Choose a different one.
error-two-step-code-missing = Enter the 6-digit code from your authenticator app, or a recovery code
error-two-step-code-wrong = The code is not right. Enter the code your app shows now, or one of your recovery codes.
error-two-step-setup-wrong = The code is not right. Check that your app's clock is correct, then enter the code it shows now.
error-access-code-missing = Enter the access code from your letter
error-access-code-format = The access code has 12 letters and numbers, like ACDE-FGHJ-KMNP. Check your letter.
error-access-code-wrong = We do not know this access code. Check it against your letter and try again.
error-access-code-date-wrong = The date of birth does not match the record this code is for. Check it and try again.
error-access-code-locked = This access code no longer works: the date of birth was entered wrongly too many times. To protect your record, it cannot be used again. Ask the state's criminal records office for a new letter; it will have a new code.
error-access-code-replaced = This access code no longer works because a newer letter was sent to you. Use the code in the newest letter.
link-tries-left = { $tries ->
    [one] You have 1 more try. If the date of birth is wrong again, this code stops working and you will need a new letter.
   *[other] You have { $tries } more tries before this code stops working.
}
error-access-code-expired = This access code has expired. Ask for a new letter.
error-access-code-used = This access code has already been used. Each code works once. Ask for a new letter if you need one.
error-date-missing = Enter your date of birth
error-date-incomplete = Enter the day, the month and the year
error-date-invalid = Enter a real date, for example 3 14 1985 for 14 March 1985
error-date-year = Enter the year with 4 digits, for example 1985
error-date-future = The date of birth must be in the past
error-legal-aid-unknown = We could not find a legal aid worker with this email address. Check it with your legal aid office.
error-sharing-days = Choose how long they can see your record
error-sid-missing = Enter the person's state identification number (SID)
error-sid-unknown = No one in the records has this state identification number. Check it and try again.

# Form fields
field-date-day = Day
field-date-month = Month
field-date-year = Year
field-dob = Date of birth
field-dob-hint = Month, day and year, for example 3 14 1985. You may write the month as a word, such as March.
field-access-code = Access code
field-access-code-hint = The code from the letter the state sent you, for example ACDE-FGHJ-KMNP
field-two-step-code = Code
field-two-step-code-hint = The 6-digit code your app shows now
field-two-step-sign-in-hint = The 6-digit code from your authenticator app. If you do not have your phone, use one of your recovery codes.
field-legal-aid-email = Email address of the legal aid worker
field-legal-aid-email-hint = The address they use for My Record. Ask them if you are not sure.
field-sharing-days = How long can they see your record?
field-sid = State identification number (SID)
field-sid-hint = As it appears in the state's records, for example PA1000001
field-letter-language = Second language of the letter

# Account page
account-title = Your account
account-heading = Your account
account-role = Account type
account-two-step = Two-step sign-in
account-two-step-on = On
account-two-step-off = Off
account-manage-two-step = Two-step sign-in and recovery codes
account-link-record = Link your record with the code from a letter
account-sharing = Share your record with legal aid
account-views = See who has viewed your record
# The language we write to the person in (emails), kept on the account
account-language-heading = Language
account-language-lead = We write to you in this language: emails about your account and your disputes. Pages use it when you sign in.
account-language-field = Language for emails and pages
account-language-save = Save language
account-language-saved = Saved. We will write to you in this language.

# Two-step sign-in
two-step-setup-title = Set up two-step sign-in
two-step-setup-heading = Set up two-step sign-in
two-step-required = Your account can see other people's records, so it must use two-step sign-in. Set it up to continue.
two-step-setup-lead = With two-step sign-in, you need your password and a code from an app on your phone. Someone who learns your password still cannot get in.
two-step-setup-step-app = Install an authenticator app on your phone, if you do not have one. Most are free, for example Google Authenticator, Microsoft Authenticator or FreeOTP.
two-step-setup-step-scan = In the app, add an account and scan this code:
two-step-qr-alt = QR code for your authenticator app. If you cannot scan it, type the key shown below it.
two-step-setup-or-type = If you cannot scan the code, type this key into the app instead:
two-step-setup-step-code = Enter the 6-digit code the app now shows for My Record.
two-step-setup-submit = Turn on two-step sign-in
two-step-title = Two-step sign-in
two-step-heading = Two-step sign-in
two-step-is-on = Two-step sign-in is on. When you sign in, you enter your password and then a code from your app.
two-step-recovery-heading = Recovery codes
two-step-codes-left = { $count ->
    [one] You have 1 recovery code left. Each one works once, if you cannot use your app.
   *[other] You have { $count } recovery codes left. Each one works once, if you cannot use your app.
}
two-step-new-codes = Make new recovery codes
two-step-off-heading = Turn off two-step sign-in
two-step-off-lead = Your account will be less safe: your password alone will let someone in. Enter a code from your app to turn it off.
two-step-off-submit = Turn off two-step sign-in
recovery-codes-title = Your recovery codes
recovery-codes-heading = Your recovery codes
recovery-codes-lead = If you lose your phone, each of these codes lets you sign in once instead of a code from your app. Write them down or print this page, and keep them somewhere safe.
recovery-codes-once = We show these codes only this once. Any recovery codes you had before no longer work.
recovery-codes-done = I have saved my codes
two-step-sign-in-title = Enter your code
two-step-sign-in-heading = Enter the code from your app
two-step-sign-in-submit = Continue

# Password reset
reset-title = Reset your password
reset-heading = Reset your password
reset-lead = Enter the email address of your account. We will send you a link to choose a new password.
reset-submit = Send the link
reset-sent = If there is an account with that email address, we have sent it a link to choose a new password. The link works for 1 hour. Check your spam folder if you do not see it.
reset-link-invalid-heading = This link does not work
reset-link-invalid-body = It may have been used already, or it is more than an hour old. Ask for a new link from the sign-in page.
new-password-title = Choose a new password
new-password-heading = Choose a new password
new-password-submit = Save the new password

# Linking a record
link-title = Link your record
link-heading = Link your record to this account
link-lead = Enter the access code from the letter the state sent you, and your date of birth. We check that they belong together before we show you a record.
link-submit = Link my record
link-no-letter-heading = No letter?
link-no-letter-body = Ask the state's criminal records office for a record access code. They mail it to the address they have for you. Legal aid offices can help you ask.
record-link-button = Link my record with an access code
record-no-letter = No letter? Ask the state's criminal records office for a record access code. Legal aid offices can help you ask.
record-share-link = Share my record with legal aid
record-views-link = Who has viewed my record

# Sharing with legal aid
sharing-title = Share your record with legal aid
sharing-heading = Share your record with legal aid
sharing-lead = A legal aid worker can help you understand your record, ask a court to clear more of it, or fix mistakes. You decide who can see it and for how long, and you can stop it at any time.
sharing-current-heading = Who can see your record now
sharing-none = No legal aid worker can see your record.
sharing-until = Since { $since }, until { $until }
sharing-revoke = Stop sharing
sharing-revoke-label = Stop sharing with { $name }
sharing-add-heading = Share with a legal aid worker
sharing-days-option = { $days } days
sharing-submit = Share my record

# Who has viewed my record
views-title = Who has viewed your record
views-heading = Who has viewed your record
views-lead = Every time someone opens your record in My Record, we write down who it was and when. This list cannot be changed.
views-none = No one has viewed your record yet.
views-none-others = Nobody else has looked at your record.
views-when = When
views-who = Who
views-role = Role
views-organisation = Organization
views-you = You
views-unnamed = Name not recorded
views-include-own = Include the times I looked at it myself
views-show = Show
views-count-others = { $count ->
    [one] Someone else looked at your record once.
   *[other] Other people looked at your record { $count } times.
}
views-count-all = { $count ->
    [one] Your record was looked at once, counting your own looks.
   *[other] Your record was looked at { $count } times, counting your own looks.
}
views-pages = Pages of the list
views-page-of = Page { $page } of { $pages }
views-newer = Newer
views-older = Older

# Legal aid: clients
clients-title = My clients
clients-heading = My clients
clients-lead = These people have let you see their record. Each one decides how long, and can stop it at any time. Every time you open a record, the person can see that you did.
clients-none = No one has shared their record with you right now.
clients-name = Name
clients-until = Can be seen until
client-record-heading = Record of { $name }
client-record-consent = { $name } has let you see this record until { $date }. They can see that you opened it.

# Administration: record access codes
admin-title = Administration
admin-heading = Administration
admin-code-heading = Issue a record access code
admin-code-lead = A person needs a record access code to link their record to their account. Issuing a new code stops any earlier unused code for that person from working. The code is shown once, in a letter to print and mail.
admin-code-submit = Issue a code and show the letter
admin-imports-heading = Imports of the state's extract
admin-imports-lead = Each import loads the state's criminal-history extract into My Record, all or nothing. Run one on the server with: myrecord import FILE
admin-imports-none = Nothing has been imported yet.
admin-imports-file = File
admin-imports-as-of = Data current as of
admin-imports-when = Imported
admin-people = People
admin-charges = Charges
admin-runs-heading = Clearance runs
admin-runs-lead = A run reviews records with the rule pack in force, seals what the law clears and writes each agency's notice. Run one for everyone on the server with: myrecord clearance run --rules pa-act56. A reviewer's correction reviews that one person again at once.
admin-runs-none = No clearance run has been made yet.
admin-runs-run = Run
admin-runs-rules = Rules
admin-runs-when = When
admin-runs-counts = What it found
admin-runs-everyone = Everyone
admin-runs-one-person = One person, after a correction
admin-runs-rules-value = { $law }, as of { $date }
admin-runs-started = Started { $when }
admin-runs-finished = finished { $when }
admin-runs-unfinished = not finished: still running, or stopped before the end
admin-runs-count-values = { $people_n ->
        [one] { $people } person
       *[other] { $people } people
    }, { $charges_n ->
        [one] { $charges } charge
       *[other] { $charges } charges
    }: { $cleared } cleared ({ $sealed } newly sealed), { $waiting } waiting, { $not_cleared } not cleared
letter-title = Record access code letter
letter-heading = Letter to print and mail
letter-shown-once = This is the only time the code is shown: only a scrambled form of it is stored. Print the letter now. Reloading this page issues a new code.
letter-print-hint = The letter is printed in English and in { $language }.
letter-back = Back to administration
letter-sender = State criminal records office
letter-reference = Reference: { $sid }. Date: { $date }.
letter-subject = Your code to see your criminal record online
letter-greeting = Dear { $name },
letter-why = You can see your criminal record online, in plain language, with My Record. You can see which entries the Clean Slate law has cleared, when others could be cleared, and how to report a mistake. To protect your privacy, you need this code to link your record to your account.
letter-code-label = Your record access code:
letter-expires = The code works once, until { $date }.
letter-step-go = Go to { $link }
letter-step-account = Sign in, or create an account with your email address.
letter-step-code = Enter the code above and your date of birth.
letter-keep-safe = Keep this letter private: with it, someone could see your record.
letter-not-expected = If you did not expect this letter, you do not need to do anything. The code stops working by itself.

# Emails (plain text)
email-reset-subject = Choose a new password for My Record
email-reset-body =
    Someone asked to reset the password of your My Record account.

    To choose a new password, open this link. It works once, for 1 hour:
    { $link }

    If it was not you, you do not need to do anything: your password has not changed.
email-change-link-subject = Confirm your new email for My Record
email-change-link-body =
    Someone (probably you) asked to use this address to sign in to My Record.

    To confirm, open this link. It works once, for 24 hours:
    { $link }

    Until you confirm, your account keeps its old email. If it was not you, you do not need to do anything.
email-change-warning-subject = Your My Record email is being changed
email-change-warning-body =
    Someone signed in to your My Record account and asked to change its email to another address. The change happens only when the link sent to the new address is opened.

    If it was you, you do not need to do anything.

    If it was not you, choose a new password now, so they cannot sign in again:
    { $reset }
email-change-taken-subject = This address already has a My Record account
email-change-taken-body =
    Someone (probably you) asked to move a My Record account to this email address. This address already has its own account, so nothing changed.

    If you want to use this address, sign in to the account it already has. If it was not you, you do not need to do anything.
email-account-closed-subject = Your My Record account is closed
email-account-closed-body =
    Your My Record account is closed. You can no longer sign in, and we will not email you again.

    Your criminal record is kept by the state, as before: closing the account does not change it. Mistakes you reported are still answered by the agency; write or call them with the reference number. Legal aid workers you let see your record can no longer see it.

    To use My Record again, create a new account and ask for a new letter.
email-welcome-subject = Your My Record account
email-welcome-body =
    An administrator has created a My Record account for you ({ $role }).

    To choose your password, open this link. It works once, for 7 days:
    { $link }

    When you first sign in, you will set up two-step sign-in with an authenticator app on your phone.

# Creating an account: the email address is confirmed before the account exists
register-sent-heading = Check your email
register-sent-body = We sent an email to the address you gave. Open the link in it within 24 hours to finish creating your account. If you already have an account with that address, the email tells you how to sign in instead.
register-sent-spam = If you do not see the email in a few minutes, look in your spam folder.
register-confirm-title = Finish creating your account
register-confirm-heading = Finish creating your account
register-confirm-lead = Press the button to create your account. You will be signed in.
register-confirm-submit = Create my account
register-link-invalid-heading = This link does not work
register-link-invalid-body = It may have been used already, or it is more than 24 hours old. Create your account again, or sign in if you already have one.
error-too-many-registrations = We have already sent several emails to this address. Wait an hour, then try again.
email-register-subject = Finish creating your My Record account
email-register-body =
    Someone (probably you) started creating a My Record account with this email address.

    To finish, open this link. It works once, for 24 hours:
    { $link }

    If it was not you, you do not need to do anything: no account is made without this link.
email-account-exists-subject = You already have a My Record account
email-account-exists-body =
    Someone (probably you) tried to create a My Record account with this email address, but there is already an account with it.

    To sign in, go to:
    { $sign_in }

    If you forgot your password, choose a new one here:
    { $reset }

    If it was not you, you do not need to do anything: nothing has changed.
