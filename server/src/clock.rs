//! The state's calendar: which day it is, and what time of day a stored instant was, in the
//! time zone the portal serves (`MYRECORD_TIME_ZONE`).
//!
//! Waiting periods, clearance dates, consent end dates and dispute deadlines are calendar
//! dates in that zone. Read in UTC, a clearance run at 8 p.m. in Pennsylvania would already
//! count tomorrow, and a consent "until 30 June" would end at 8 p.m. on 29 June. Instants are
//! stored in UTC (`store::now_text`); only reading them for people goes through here.

use myrecord_app::model::LocalTime;

/// A time zone from the IANA database, with the name it was configured by.
#[derive(Clone)]
pub struct Clock {
    zone: jiff::tz::TimeZone,
    name: String,
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name)
    }
}

/// What the portal serves when `MYRECORD_TIME_ZONE` is unset: the zone of the state whose
/// law the default rule pack (`pa-act56`) carries.
pub const DEFAULT_TIME_ZONE: &str = "America/New_York";

impl Clock {
    /// The clock of an IANA time zone name (`America/New_York`, `UTC`); `None` if the time
    /// zone database has no such zone.
    pub fn new(name: &str) -> Option<Clock> {
        let zone = jiff::tz::TimeZone::get(name).ok()?;
        Some(Clock {
            zone,
            name: name.to_owned(),
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// Today's date in this zone.
    pub fn today(&self) -> time::Date {
        self.date_at(jiff::Timestamp::now())
    }

    fn date_at(&self, instant: jiff::Timestamp) -> time::Date {
        let local = instant.to_zoned(self.zone.clone()).date();
        // A jiff date is always a valid calendar date, so this cannot fail.
        time::Month::try_from(local.month() as u8)
            .and_then(|month| {
                time::Date::from_calendar_date(i32::from(local.year()), month, local.day() as u8)
            })
            .expect("a calendar date converts between date libraries")
    }

    /// An instant as this zone's date, time of day and abbreviation, for a page.
    pub fn local(&self, at: time::OffsetDateTime) -> LocalTime {
        let instant = to_jiff(at);
        let local = instant.to_zoned(self.zone.clone());
        LocalTime {
            date: self.date_at(instant),
            time: time::Time::from_hms(local.hour() as u8, local.minute() as u8, 0)
                .expect("a clock time converts between date libraries"),
            zone: self.zone.to_offset_info(instant).abbreviation().to_owned(),
        }
    }

    /// The date in this zone at an instant (the day a dispute was decided, say).
    pub fn date_of(&self, at: time::OffsetDateTime) -> time::Date {
        self.date_at(to_jiff(at))
    }
}

fn to_jiff(at: time::OffsetDateTime) -> jiff::Timestamp {
    jiff::Timestamp::from_nanosecond(at.unix_timestamp_nanos())
        .expect("an instant the time library holds is one jiff holds")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(rfc3339: &str) -> jiff::Timestamp {
        rfc3339.parse().unwrap()
    }

    #[test]
    fn the_day_turns_at_local_midnight_not_utc_midnight() {
        let new_york = Clock::new("America/New_York").unwrap();
        // 03:30 UTC on 14 March is still the evening of 13 March in New York.
        let evening = at("2029-03-14T03:30:00Z");
        assert_eq!(
            new_york.date_at(evening),
            time::macros::date!(2029 - 03 - 13)
        );
        assert_eq!(
            Clock::new("UTC").unwrap().date_at(evening),
            time::macros::date!(2029 - 03 - 14)
        );
        assert_eq!(
            new_york.date_at(at("2029-03-14T04:30:00Z")),
            time::macros::date!(2029 - 03 - 14)
        );
    }

    #[test]
    fn instants_read_in_local_time_with_daylight_saving() {
        let new_york = Clock::new("America/New_York").unwrap();
        use time::macros::{date, datetime, time};
        let winter = new_york.local(datetime!(2026-11-23 08:15:02.5 UTC));
        assert_eq!(
            (winter.date, winter.time, winter.zone.as_str()),
            (date!(2026 - 11 - 23), time!(03:15), "EST")
        );
        let summer = new_york.local(datetime!(2026-07-01 02:05 UTC));
        assert_eq!(
            (summer.date, summer.time, summer.zone.as_str()),
            (date!(2026 - 06 - 30), time!(22:05), "EDT")
        );
    }

    #[test]
    fn unknown_zones() {
        assert!(Clock::new("America/Nowhere").is_none());
        assert!(Clock::new("").is_none());
    }
}
