//! `tryton-cli switch`: make another stored session the current one.

use crate::cli::SwitchArgs;
use crate::exit::{ExitCode, Failure};
use crate::session::{Current, SessionInfo, Sessions};

pub fn run(sessions: &Sessions, args: &SwitchArgs) -> anyhow::Result<ExitCode> {
    if !sessions.keeps_sessions() {
        return Err(Failure::usage("--session-store none keeps no session to switch to").into());
    }
    let all = sessions.list();
    let current = sessions.current().map(|current| current.key());
    let chosen = choose(&all, current.as_deref(), args.session.as_deref())?;
    sessions.set_current(&Current::of(chosen))?;
    log::info!(
        "Now using {} database {} as {}",
        chosen.url,
        chosen.database,
        chosen.login
    );
    Ok(ExitCode::Success)
}

/// The session `wanted` names: its key, or the one session whose key contains it; with nothing
/// named, the other of two sessions (as `gh auth switch`).
fn choose<'a>(
    all: &'a [SessionInfo],
    current: Option<&str>,
    wanted: Option<&str>,
) -> anyhow::Result<&'a SessionInfo> {
    let keys = || {
        all.iter()
            .map(SessionInfo::key)
            .collect::<Vec<_>>()
            .join(", ")
    };
    if all.is_empty() {
        return Err(Failure::auth("no stored sessions; log in with 'tryton-cli login'").into());
    }
    let Some(wanted) = wanted else {
        let others: Vec<&SessionInfo> = all
            .iter()
            .filter(|s| Some(s.key().as_str()) != current)
            .collect();
        return match others.as_slice() {
            [one] => Ok(one),
            _ => Err(
                Failure::usage(format!("name the session to switch to: one of {}", keys())).into(),
            ),
        };
    };
    if let Some(exact) = all.iter().find(|s| s.key() == wanted) {
        return Ok(exact);
    }
    let matching: Vec<&SessionInfo> = all.iter().filter(|s| s.key().contains(wanted)).collect();
    match matching.as_slice() {
        [one] => Ok(one),
        [] => Err(Failure::usage(format!(
            "no stored session matches '{wanted}'; the sessions are: {}",
            keys()
        ))
        .into()),
        several => Err(Failure::usage(format!(
            "'{wanted}' matches several sessions ({}); give more of it",
            several
                .iter()
                .map(|s| s.key())
                .collect::<Vec<_>>()
                .join(", ")
        ))
        .into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::StoreKind;

    fn session(login: &str, database: &str) -> SessionInfo {
        SessionInfo {
            url: "http://127.0.0.1:8000".into(),
            database: database.into(),
            login: login.into(),
            user_id: 1,
            store: StoreKind::File,
            created: 0,
            expires: 1,
            layout: None,
            context: serde_json::Value::Null,
            cacert: None,
            insecure: false,
        }
    }

    #[test]
    fn switch_picks_by_key_by_unique_part_or_the_other_of_two() {
        let two = [session("admin", "tryton"), session("alice", "prod")];
        let current = two[0].key();
        assert_eq!(choose(&two, Some(&current), None).unwrap().login, "alice");
        assert_eq!(
            choose(&two, Some(&current), Some("prod")).unwrap().login,
            "alice"
        );
        assert_eq!(
            choose(&two, None, Some(&two[0].key())).unwrap().login,
            "admin"
        );
        let three = [
            session("admin", "tryton"),
            session("alice", "prod"),
            session("bob", "prod"),
        ];
        assert!(choose(&three, Some(&current), None).is_err());
        let err = choose(&three, None, Some("prod")).unwrap_err().to_string();
        assert!(err.contains("several"), "{err}");
        let err = choose(&three, None, Some("nope")).unwrap_err().to_string();
        assert!(err.contains("no stored session matches 'nope'"), "{err}");
        assert!(choose(&[], None, None).is_err());
    }
}
