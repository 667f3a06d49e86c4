# The public statistics page (/statistics). Counts only: nothing about any one person.
statistics-title = Clean Slate in numbers
statistics-heading = Clean Slate in numbers
statistics-lead = What the state's automatic record clearing has done, and how quickly mistakes people report are answered. Anyone can read this page.
statistics-clearance-heading = Records cleared automatically
statistics-no-review = The state has not reviewed records for clearing yet.
statistics-latest-review = The latest review of everyone's records applied { $law } as of { $date }.
statistics-clearance-caption = The latest review
statistics-what = What was counted
statistics-how-many = How many
statistics-people = People with a record
statistics-charges = Charges on those records
statistics-cleared = Charges cleared: hidden from public background checks
statistics-waiting = Charges that can be cleared later, once their waiting time has passed
statistics-not-cleared = Charges the law does not clear
statistics-cleared-share = { $percent }% of all charges are cleared.
statistics-sealed-in-all = { $count ->
    [one] Since the first review, { $number } charge has been sealed. A sealed record is not destroyed: police, courts and some licensing boards can still see it.
   *[other] Since the first review, { $number } charges have been sealed. A sealed record is not destroyed: police, courts and some licensing boards can still see it.
}
statistics-disputes-heading = Reported mistakes
statistics-no-disputes = Nobody has reported a mistake in their record yet.
statistics-disputes-caption = Reports of a mistake in a record
statistics-disputes-received = Reports received
statistics-disputes-corrected = The record was corrected
statistics-disputes-not-changed = The record was found right and not changed
statistics-disputes-open = Still being reviewed
statistics-disputes-overdue = Still being reviewed after the agency's deadline
statistics-disputes-on-time = { $on_time } of { $decided } decided reports ({ $percent }%) were answered by the agency's deadline.
statistics-privacy = These are counts only. They hold no names, dates of birth or case details, so nobody can be identified from them.
footer-statistics = Clean Slate in numbers
# Between groups of three digits in large numbers.
number-thousands-separator = ,
# Between whole dollars and cents.
number-decimal-separator = .
