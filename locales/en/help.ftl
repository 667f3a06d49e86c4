# The help page (/help): what the record's words mean, what the law clears, what to do.
help-title = Help and the words on your record
help-heading = Help and the words on your record
help-lead = My Record shows the criminal history the state holds about you, in plain language. This page explains the words it uses, what the Clean Slate law clears, and what you can do.
footer-help = Help and the words on your record

help-rules-heading = What the law clears automatically
help-rules-lead = My Record follows { $law }. The state checks every record on a schedule; nobody has to ask. This is what it clears, and when:
help-rules-pa-act56-pardon = A charge that was pardoned: right away.
help-rules-pa-act56-non-conviction = A charge that did not end in a conviction (dismissed, withdrawn, not prosecuted, found not guilty, or ended by a diversion program): 30 days after the court's decision.
help-rules-pa-act56-summary = A summary offense, the least serious kind (for example many disorderly conduct citations): 10 years after the conviction, once any restitution on it is paid.
help-rules-pa-act56-misdemeanor = A second- or third-degree misdemeanor, or a misdemeanor punishable by two years or less: 10 years after the conviction, if there has been no conviction punishable by a year or more since then (a new one starts the 10 years again), no restitution is owed on it, and the person has no felony conviction and none of a few other disqualifying convictions.
help-rules-pa-act56-not-covered = Not cleared automatically: felonies and first-degree misdemeanors; offenses against a person, against the family, involving firearms, requiring sex offender registration, animal cruelty and corruption of minors; and any charge the court has not decided yet.
help-rules-petition = An entry the law does not clear automatically may still be sealed or expunged by asking a court. A legal aid office can tell you whether you can.

help-words-heading = Words on your record
help-word-charge = Charge
help-word-charge-meaning = An offense the police or a prosecutor said someone committed. One arrest can have several charges.
help-word-outcome = Outcome (disposition)
help-word-outcome-meaning = What the court decided about a charge.
help-word-conviction = Conviction
help-word-conviction-meaning = The court found the person guilty, or they pleaded guilty or no contest.
help-word-non-conviction = Not a conviction
help-word-non-conviction-meaning = The charge was dismissed, withdrawn, not prosecuted ("nolle prossed"), the person was found not guilty, or they completed a diversion program that ended the case.
help-word-grade = Grade
help-word-grade-meaning = How serious the law says an offense is: a felony (F1 is the most serious, then F2 and F3), a misdemeanor (M1, M2, M3), or a summary offense (S), the least serious.
help-word-maximum = Maximum sentence
help-word-maximum-meaning = The longest sentence the law allows for an offense, whatever the sentence was. The law uses it to decide what can be cleared.
help-word-sealed = Cleared or sealed
help-word-sealed-meaning = Hidden from public background checks, such as most employers and landlords run. A sealed entry is not destroyed: police, courts and some licensing boards can still see it.
help-word-waiting = Waiting period
help-word-waiting-meaning = The time that must pass after the outcome before an entry can be cleared.
help-word-restitution = Restitution
help-word-restitution-meaning = Money a court ordered to be paid to a victim. While it is owed, some entries cannot be cleared.
help-word-sid = State identification number (SID)
help-word-sid-meaning = The number the state uses for a person's record. It is in the letter with your record access code.
help-word-otn = Tracking number (OTN)
help-word-otn-meaning = The number given to one arrest.
help-word-docket = Court case
help-word-docket-meaning = The number the court gave the case.

help-wrong-heading = If something is wrong
help-wrong-text = Use "{ charge-dispute }" under any entry on your record, or report a mistake with the whole record at the end of it. You can add documents, such as a court order. The agency must answer within { $days } days, and you can follow your report on "{ nav-disputes }".

help-more-heading = Getting help and your privacy
help-more-legal-aid = A legal aid worker can go through your record with you if you let them, on "{ record-share-link }". You can take that back at any time.
help-more-privacy = Every time anyone opens your record in My Record, it is written down, and you can see who on "{ record-views-link }".
help-more-not-advice = My Record explains your record; it is not legal advice.
