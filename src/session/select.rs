//! Which stored session a command line means: a flag, else the environment, else the profile
//! (all three resolved in `Settings`), else the current session (the last login, or `switch`).
//! Written once here: authenticated commands, `logout`, `status`, `call --dry-run` and dynamic
//! completion ask [`Sessions::select`], after [`Sessions::fill_from_current`] has run once for
//! the run.

use super::{Current, SessionInfo, Sessions};
use crate::config::Settings;
use crate::exit::Failure;
use crate::rpc::ServerUrl;

/// What [`Sessions::fill_from_current`] may take from the current session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fill {
    /// Its URL, its database when the URL is its own, its user when the database is its own too.
    All,
    /// Its URL alone (`ping`, which needs no database).
    UrlOnly,
}

/// The stored sessions that the settings' server, database and user name, as far as they are
/// given: a setting left open matches any.
#[derive(Debug)]
pub struct Selection {
    pub found: Vec<SessionInfo>,
}

impl Selection {
    /// The one session meant, or none stored; several (no user given, several logged in) is exit
    /// 3 asking for `-u`.
    pub fn one(mut self) -> Result<Option<SessionInfo>, Failure> {
        if self.found.len() > 1 {
            let first = &self.found[0];
            return Err(Failure::usage(format!(
                "several sessions for {} database {} ({}): pass -u USER",
                first.url,
                first.database,
                self.users()
            )));
        }
        Ok(self.found.pop())
    }

    /// The users of the sessions found, for messages.
    pub fn users(&self) -> String {
        self.found
            .iter()
            .map(|s| s.login.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl Sessions {
    /// Fill what flags, environment and profile left open from the current session, as gh's
    /// default host and kubectl's current context. Done once per run, before the command.
    pub fn fill_from_current(&self, settings: &mut Settings, fill: Fill) {
        if settings.lacks_server_database_or_user()
            && let Some(current) = self.current()
        {
            fill_from(settings, &current, fill);
        }
    }

    /// The stored sessions the settings name (see [`Selection`]).
    pub fn select(&self, settings: &Settings) -> Selection {
        let url = settings.server_url().ok().map(|url| url.to_string());
        let found = self
            .list()
            .into_iter()
            .filter(|s| url.as_deref().is_none_or(|u| u == s.url))
            .filter(|s| settings.database.as_deref().is_none_or(|d| d == s.database))
            .filter(|s| settings.user.as_deref().is_none_or(|u| u == s.login))
            .collect();
        Selection { found }
    }
}

/// The current session's URL when none is given; its database when the URL is its own; its
/// user when the database is its own too (another server's or database's user is not this one).
fn fill_from(settings: &mut Settings, current: &Current, fill: Fill) {
    let same_url = match &settings.url {
        None => true,
        Some(url) => ServerUrl::parse(url).is_ok_and(|url| url.to_string() == current.url),
    };
    if !same_url {
        return;
    }
    settings.url.get_or_insert_with(|| current.url.clone());
    if fill == Fill::UrlOnly
        || settings
            .database
            .as_ref()
            .is_some_and(|d| *d != current.database)
    {
        return;
    }
    settings
        .database
        .get_or_insert_with(|| current.database.clone());
    settings.user.get_or_insert_with(|| current.login.clone());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Flags, Profile, StoreChoice};
    use crate::secret::SecretString;
    use crate::session::StoreKind;

    const URL: &str = "http://127.0.0.1:8000";

    fn current() -> Current {
        Current {
            url: URL.into(),
            database: "tryton".into(),
            login: "admin".into(),
        }
    }

    fn settings(url: Option<&str>, database: Option<&str>, user: Option<&str>) -> Settings {
        let flags = Flags {
            url: url.map(String::from),
            database: database.map(String::from),
            user: user.map(String::from),
            ..Flags::default()
        };
        Settings::layered(&flags, Profile::default(), None)
    }

    fn filled(mut s: Settings, fill: Fill) -> (Option<String>, Option<String>, Option<String>) {
        fill_from(&mut s, &current(), fill);
        (s.url, s.database, s.user)
    }

    #[test]
    fn the_current_session_fills_what_nothing_else_gave() {
        let all = (
            Some(URL.to_string()),
            Some("tryton".to_string()),
            Some("admin".to_string()),
        );
        assert_eq!(filled(settings(None, None, None), Fill::All), all);
        // The same URL written differently is the same server.
        assert_eq!(
            filled(
                settings(Some("http://127.0.0.1:8000/"), None, None),
                Fill::All
            )
            .1,
            all.1
        );
        // Another user on the current server and database.
        assert_eq!(
            filled(settings(None, None, Some("bob")), Fill::All)
                .2
                .as_deref(),
            Some("bob")
        );
        // Another server: nothing of the current session applies.
        assert_eq!(
            filled(settings(Some("http://other:8000"), None, None), Fill::All),
            (Some("http://other:8000".to_string()), None, None)
        );
        // Another database on the same server: not its user either.
        assert_eq!(
            filled(settings(None, Some("prod"), None), Fill::All),
            (all.0.clone(), Some("prod".to_string()), None)
        );
        assert_eq!(
            filled(settings(None, None, None), Fill::UrlOnly),
            (all.0.clone(), None, None)
        );
    }

    /// A store in a directory of its own holding admin and alice on `tryton` and bob on `prod`,
    /// admin's being the current session.
    fn store(dir: &std::path::Path) -> Sessions {
        let sessions = Sessions::at(dir.to_path_buf(), StoreChoice::File);
        for (login, database) in [("alice", "tryton"), ("bob", "prod"), ("admin", "tryton")] {
            let info = SessionInfo {
                url: URL.into(),
                database: database.into(),
                login: login.into(),
                user_id: 1,
                store: StoreKind::File,
                created: 0,
                expires: u64::MAX,
                layout: None,
                context: serde_json::Value::Null,
                cacert: None,
                insecure: false,
            };
            sessions.save(info, &SecretString::new("t")).unwrap();
        }
        sessions
    }

    fn chosen(sessions: &Sessions, flags: Flags, profile: Profile) -> Result<String, String> {
        let mut settings = Settings::layered(&flags, profile, None);
        sessions.fill_from_current(&mut settings, Fill::All);
        match sessions.select(&settings).one() {
            Ok(Some(info)) => Ok(info.key()),
            Ok(None) => Err("none".into()),
            Err(err) => Err(err.message),
        }
    }

    #[test]
    fn a_flag_beats_the_profile_which_beats_the_current_session() {
        let dir = std::env::temp_dir().join(format!("tryton-cli-select-{}", std::process::id()));
        let sessions = store(&dir);
        let profile = |database: &str, user: Option<&str>| Profile {
            database: Some(database.into()),
            user: user.map(String::from),
            ..Profile::default()
        };
        let flags = |user: Option<&str>| Flags {
            user: user.map(String::from),
            ..Flags::default()
        };
        // Nothing given: the current session.
        assert_eq!(
            chosen(&sessions, flags(None), Profile::default()),
            Ok(format!("admin@{URL}/tryton"))
        );
        // The profile's database and user beat the current session's.
        assert_eq!(
            chosen(&sessions, flags(None), profile("prod", Some("bob"))),
            Ok(format!("bob@{URL}/prod"))
        );
        // A flag beats the profile.
        assert_eq!(
            chosen(
                &sessions,
                flags(Some("alice")),
                profile("tryton", Some("bob"))
            ),
            Ok(format!("alice@{URL}/tryton"))
        );
        // The profile names a database, not the current one: the current session's user is not
        // taken, and the one session stored there is the one meant.
        assert_eq!(
            chosen(&sessions, flags(None), profile("prod", None)),
            Ok(format!("bob@{URL}/prod"))
        );
        // The profile names the current session's server and database: its user comes along.
        let here = Profile {
            url: Some(URL.into()),
            ..profile("tryton", None)
        };
        assert_eq!(
            chosen(&sessions, flags(None), here.clone()),
            Ok(format!("admin@{URL}/tryton"))
        );
        // Several users on the database named and none given: asked for, never guessed.
        let settings = Settings::layered(&flags(None), here, None);
        let err = sessions.select(&settings).one().unwrap_err().message;
        assert_eq!(
            err,
            format!("several sessions for {URL} database tryton (admin, alice): pass -u USER")
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
