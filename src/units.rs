//! Durations and sizes as people write them: flags, environment variables and profile keys.

use std::time::Duration;

/// A duration given as plain seconds (`10`, `2.5`) or with a unit (`500ms`, `30s`, `2m`).
pub fn parse_seconds(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    if let Ok(seconds) = text.parse::<f64>() {
        return if seconds.is_finite() && (0.0..=86_400.0 * 365.0).contains(&seconds) {
            Ok(Duration::from_secs_f64(seconds))
        } else {
            Err("expected a positive number of seconds".into())
        };
    }
    humantime::parse_duration(text).map_err(|_| {
        format!("'{text}' is not a duration; use seconds (10) or a unit (500ms, 30s, 2m)")
    })
}

/// A size in bytes (`1048576`) or with a unit: KiB, MiB, GiB (also K, M, G) are powers of 1024;
/// kB, MB, GB powers of 1000.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let factor: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kib" => 1 << 10,
        "m" | "mib" => 1 << 20,
        "g" | "gib" => 1 << 30,
        "kb" => 1_000,
        "mb" => 1_000_000,
        "gb" => 1_000_000_000,
        _ => {
            return Err(format!(
                "'{text}' is not a size; use bytes (1048576) or a unit (512KiB, 10MiB)"
            ));
        }
    };
    let bytes = number
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite() && *n > 0.0)
        .map(|n| n * factor as f64)
        .filter(|b| *b >= 1.0 && *b <= u64::MAX as f64)
        .ok_or_else(|| {
            format!("'{text}' is not a size; use bytes (1048576) or a unit (512KiB, 10MiB)")
        })?;
    Ok(bytes as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_accept_seconds_and_units() {
        assert_eq!(parse_seconds("10"), Ok(Duration::from_secs(10)));
        assert_eq!(parse_seconds("2.5"), Ok(Duration::from_millis(2500)));
        assert_eq!(parse_seconds("500ms"), Ok(Duration::from_millis(500)));
        assert_eq!(parse_seconds("2m"), Ok(Duration::from_secs(120)));
        assert!(parse_seconds("-1").is_err());
        assert!(parse_seconds("soon").is_err());
    }

    #[test]
    fn sizes_accept_bytes_and_units() {
        assert_eq!(parse_size("2048"), Ok(2048));
        assert_eq!(parse_size("1KiB"), Ok(1024));
        assert_eq!(parse_size("10MiB"), Ok(10 << 20));
        assert_eq!(parse_size("10M"), Ok(10 << 20));
        assert_eq!(parse_size("1.5 kib"), Ok(1536));
        assert_eq!(parse_size("2MB"), Ok(2_000_000));
        for bad in ["", "0", "lots", "-1", "1 parsec", "KiB"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
    }
}
