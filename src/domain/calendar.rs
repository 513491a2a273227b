//! Dates, times and datetimes as people write them, as Tryton's tagged values. The spelling is
//! checked here (fixed widths, no week dates or ordinal days); which days exist and the shift
//! of an offset to UTC are `jiff`'s.

use jiff::SignedDuration;
use jiff::civil::{Date, Time};

use crate::rpc::codec::Tagged;

/// `YYYY-MM-DD`, a real calendar day.
pub(super) fn date(text: &str) -> Option<Tagged> {
    let date = civil_date(text)?;
    Some(Tagged::Date {
        year: date.year().into(),
        month: date.month() as u8,
        day: date.day() as u8,
    })
}

/// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.ffffff`.
pub(super) fn time(text: &str) -> Option<Tagged> {
    let time = civil_time(text)?;
    Some(Tagged::Time {
        hour: time.hour() as u8,
        minute: time.minute() as u8,
        second: time.second() as u8,
        microsecond: microsecond(time),
    })
}

/// A datetime as Tryton keeps it (naive, UTC): a date alone is its midnight; a `Z` or `+HH:MM`
/// offset is converted to UTC.
pub(super) fn datetime(text: &str) -> Option<Tagged> {
    let (day, clock) = match text.split_once(['T', 't', ' ']) {
        Some((day, clock)) => (day, Some(clock.trim())),
        None => (text, None),
    };
    let date = civil_date(day)?;
    let (time, offset_minutes) = match clock {
        None => (Time::midnight(), 0),
        Some(clock) => {
            let (clock, offset) = split_offset(clock)?;
            (civil_time(clock)?, offset)
        }
    };
    let utc = date
        .to_datetime(time)
        .checked_sub(SignedDuration::from_mins(offset_minutes))
        .ok()?;
    from_year_one(utc.date())?;
    Some(Tagged::DateTime {
        year: utc.year().into(),
        month: utc.month() as u8,
        day: utc.day() as u8,
        hour: utc.hour() as u8,
        minute: utc.minute() as u8,
        second: utc.second() as u8,
        microsecond: microsecond(utc.time()),
    })
}

fn civil_date(text: &str) -> Option<Date> {
    let mut parts = text.splitn(3, '-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    if year.len() != 4 || month.len() != 2 || day.len() != 2 {
        return None;
    }
    let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if !(all_digits(year) && all_digits(month) && all_digits(day)) {
        return None;
    }
    let date = Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?).ok()?;
    from_year_one(date)
}

/// Python's dates start at year 1 (jiff's at -9999).
fn from_year_one(date: Date) -> Option<Date> {
    (date.year() >= 1).then_some(date)
}

fn civil_time(text: &str) -> Option<Time> {
    let (clock, fraction) = match text.split_once('.') {
        Some((clock, fraction)) => (clock, Some(fraction)),
        None => (text, None),
    };
    let parts: Vec<&str> = clock.split(':').collect();
    if !(2..=3).contains(&parts.len())
        || parts
            .iter()
            .any(|p| p.len() != 2 || !p.chars().all(|c| c.is_ascii_digit()))
    {
        return None;
    }
    let hour: i8 = parts[0].parse().ok()?;
    let minute: i8 = parts[1].parse().ok()?;
    let second: i8 = parts.get(2).map_or(Some(0), |s| s.parse().ok())?;
    let microsecond: i32 = match fraction {
        None => 0,
        Some(f)
            if parts.len() == 3
                && (1..=6).contains(&f.len())
                && f.chars().all(|c| c.is_ascii_digit()) =>
        {
            format!("{f:0<6}").parse().ok()?
        }
        Some(_) => return None,
    };
    Time::new(hour, minute, second, microsecond * 1000).ok()
}

fn microsecond(time: Time) -> u32 {
    (time.subsec_nanosecond() / 1000) as u32
}

/// `10:00:00Z` → (`10:00:00`, 0), `10:00+02:00` → (`10:00`, 120).
fn split_offset(clock: &str) -> Option<(&str, i64)> {
    if let Some(clock) = clock.strip_suffix(['Z', 'z']) {
        return Some((clock, 0));
    }
    let Some(at) = clock.rfind(['+', '-']) else {
        return Some((clock, 0));
    };
    let (clock, offset) = clock.split_at(at);
    let sign = if offset.starts_with('-') { -1 } else { 1 };
    let offset = &offset[1..];
    let (hours, minutes) = match offset.split_once(':') {
        Some((h, m)) => (h, m),
        None if offset.len() == 4 => offset.split_at(2),
        None if offset.len() == 2 => (offset, "00"),
        None => return None,
    };
    if hours.len() != 2 || minutes.len() != 2 {
        return None;
    }
    let (hours, minutes): (i64, i64) = (hours.parse().ok()?, minutes.parse().ok()?);
    if hours > 23 || minutes > 59 {
        return None;
    }
    Some((clock, sign * (hours * 60 + minutes)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_days_that_exist_are_dates() {
        assert!(date("2024-02-29").is_some());
        assert!(date("2000-02-29").is_some());
        for missing in [
            "2100-02-29",
            "2023-02-29",
            "2026-04-31",
            "0000-01-01",
            "2026-00-10",
        ] {
            assert_eq!(date(missing), None, "{missing}");
        }
        assert_eq!(
            date("0001-01-01"),
            Some(Tagged::Date {
                year: 1,
                month: 1,
                day: 1
            })
        );
    }

    #[test]
    fn an_offset_shifts_to_utc_within_pythons_years() {
        let at = |text: &str| match datetime(text) {
            Some(Tagged::DateTime {
                year,
                month,
                day,
                hour,
                minute,
                second,
                microsecond,
            }) => Some((year, month, day, hour, minute, second, microsecond)),
            _ => None,
        };
        assert_eq!(
            at("2026-03-01T00:30:07.5+01:00"),
            Some((2026, 2, 28, 23, 30, 7, 500_000))
        );
        assert_eq!(at("2024-12-31 23:59-0001"), Some((2025, 1, 1, 0, 0, 0, 0)));
        // Before year 1 is no datetime for Python.
        assert_eq!(at("0001-01-01T00:30+01:00"), None);
        assert_eq!(at("2026-01-02T10:00+24:00"), None);
        assert_eq!(at("2026-01-02T24:00"), None);
    }

    #[test]
    fn times_keep_their_microseconds() {
        assert_eq!(
            time("23:59:59.000001"),
            Some(Tagged::Time {
                hour: 23,
                minute: 59,
                second: 59,
                microsecond: 1
            })
        );
        for bad in [
            "24:00",
            "12:60",
            "12:00:60",
            "12:00.5",
            "12:00:00.1234567",
            "1:00",
        ] {
            assert_eq!(time(bad), None, "{bad}");
        }
    }
}
