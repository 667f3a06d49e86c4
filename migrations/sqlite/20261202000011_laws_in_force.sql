-- The laws in force need more of the extract than Act 56 did (EXTRACT-CHANGES.md § 1), and
-- their decisions name a remedy.

-- The state whose repository sent the person's record; rows from before were Pennsylvania's.
alter table person add column jurisdiction text not null default 'PA';

-- The day of the offense (null: the arrest date), a conditional pardon, and the sentence's
-- maximum term, imposition day and state prison term. A sentence is recorded when
-- incarceration_days is not null, as before.
alter table charge add column offense_date text;
alter table charge add column pardon_conditional integer not null default 0;
alter table charge add column incarceration_max_days integer;
alter table charge add column sentence_imposed_date text;
alter table charge add column prison integer not null default 0;
alter table charge add column prison_release_date text;

-- What clearing the charge does (seal, expunge, set_aside, dismiss_and_seal, reduce) and, for
-- reduce, the grade it becomes. Null for decisions of packs that name no remedy (pa-act56,
-- whose cleared charges are sealed).
alter table charge_decision add column remedy text;
alter table charge_decision add column reduced_to text;
