//! What the engine says of a charge: its status, the reasons, and the decision that carries
//! them. The vocabulary rule packs and the engine share (packs name reasons; the engine gives
//! them), kept apart from both so neither depends on the other for it.

use crate::domain::Grade;
use time::Date;

/// Where a charge stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// Eligible on or before the as-of date.
    Cleared,
    /// Will be eligible on the decision's date if nothing changes.
    Waiting,
    NotEligible,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Cleared, Status::Waiting, Status::NotEligible];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Cleared => "cleared",
            Status::Waiting => "waiting",
            Status::NotEligible => "not_eligible",
        }
    }

    pub fn parse(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|status| status.as_str() == s)
            .ok_or_else(|| {
                format!("\"{s}\" is not a status; expected cleared, waiting or not_eligible")
            })
    }
}

/// Why a charge is not (yet) cleared; the portal turns each into a plain sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    NotFinal,
    WaitingPeriod,
    RestitutionOwed,
    ExcludedOffense,
    DisqualifyingHistory,
    GradeNotCovered,
    NoRule,
    /// A data point the rule needs is absent (a drug felony's sentence, say).
    MissingData,
    /// The changed law gives the offense the same grade or a higher one: nothing to reduce.
    NoLesserOffense,
    /// The offense is on or after the day the law changed, so there is nothing to redo.
    DateNotCovered,
    /// The person has an open case.
    PendingCharge,
    /// More convictions of this class than the law lets be cleared automatically.
    ConvictionLimit,
}

impl Reason {
    pub const ALL: [Reason; 12] = [
        Reason::NotFinal,
        Reason::WaitingPeriod,
        Reason::RestitutionOwed,
        Reason::ExcludedOffense,
        Reason::DisqualifyingHistory,
        Reason::GradeNotCovered,
        Reason::NoRule,
        Reason::MissingData,
        Reason::NoLesserOffense,
        Reason::DateNotCovered,
        Reason::PendingCharge,
        Reason::ConvictionLimit,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Reason::NotFinal => "not_final",
            Reason::WaitingPeriod => "waiting_period",
            Reason::RestitutionOwed => "restitution_owed",
            Reason::ExcludedOffense => "excluded_offense",
            Reason::DisqualifyingHistory => "disqualifying_history",
            Reason::GradeNotCovered => "grade_not_covered",
            Reason::NoRule => "no_rule",
            Reason::MissingData => "missing_data",
            Reason::NoLesserOffense => "no_lesser_offense",
            Reason::DateNotCovered => "date_not_covered",
            Reason::PendingCharge => "pending_charge",
            Reason::ConvictionLimit => "conviction_limit",
        }
    }

    pub fn parse(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|reason| reason.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "\"{s}\" is not a reason; expected one of not_final waiting_period \
                     restitution_owed excluded_offense disqualifying_history grade_not_covered \
                     no_rule missing_data no_lesser_offense date_not_covered pending_charge \
                     conviction_limit"
                )
            })
    }
}

/// What clearing a charge does to it, as the law names it. Packs for laws that name their
/// relief declare one per rule; `pa-act56` declares none and its output has no `remedy` key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Remedy {
    /// Limited access: hidden from most background checks, kept for courts and police.
    Seal,
    /// Destroyed: the record no longer exists.
    Expunge,
    /// Michigan's set-aside: the conviction is treated as not having happened.
    SetAside,
    /// The conviction is legally invalid: dismissed, and the record sealed.
    DismissAndSeal,
    /// The conviction stays, at a lower grade (`Decision::reduced_to`).
    Reduce,
}

impl Remedy {
    pub const ALL: [Remedy; 5] = [
        Remedy::Seal,
        Remedy::Expunge,
        Remedy::SetAside,
        Remedy::DismissAndSeal,
        Remedy::Reduce,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Remedy::Seal => "seal",
            Remedy::Expunge => "expunge",
            Remedy::SetAside => "set_aside",
            Remedy::DismissAndSeal => "dismiss_and_seal",
            Remedy::Reduce => "reduce",
        }
    }

    /// The remedy as Fluent message ids spell it (`remedy-name-set-aside`).
    pub fn message_key(self) -> &'static str {
        match self {
            Remedy::Seal => "seal",
            Remedy::Expunge => "expunge",
            Remedy::SetAside => "set-aside",
            Remedy::DismissAndSeal => "dismiss-and-seal",
            Remedy::Reduce => "reduce",
        }
    }

    /// The Fluent id of what the remedy means in the words every law shares; a pack may give
    /// its own ([`crate::pack::RulePack::remedy_meaning`]).
    pub fn shared_meaning(self) -> String {
        format!("remedy-meaning-{}", self.message_key())
    }

    pub fn parse(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|remedy| remedy.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "\"{s}\" is not a remedy; expected one of seal expunge set_aside \
                     dismiss_and_seal reduce"
                )
            })
    }
}

/// The engine's answer for one charge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    pub tracking_number: String,
    pub seq: u32,
    pub status: Status,
    /// The rule that decided, e.g. `pa-act56/non-conviction`; `None` when no rule applies.
    pub rule: Option<String>,
    /// Cleared: the day it became eligible. Waiting: the day it will. Not eligible: `None`.
    pub date: Option<Date>,
    /// Empty when cleared; `[waiting_period]` when waiting; otherwise in the pack's order.
    pub reasons: Vec<Reason>,
    /// What clearing does, on cleared and waiting decisions of packs that name remedies.
    pub remedy: Option<Remedy>,
    /// The grade the conviction becomes, when the remedy is `Reduce`.
    pub reduced_to: Option<Grade>,
}
