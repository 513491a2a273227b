//! `tryton-cli status`: the stored sessions, and whether the server still accepts them.

use serde_json::{Value, json};

use crate::cli::StatusArgs;
use crate::config::Settings;
use crate::exit::{ExitCode, rpc_exit_code};
use crate::output::Output;
use crate::rpc::{Target, methods};
use crate::session::{SessionInfo, Sessions, explain_missing_database, now};

pub fn run(
    settings: &Settings,
    sessions: &Sessions,
    out: &Output,
    args: &StatusArgs,
) -> anyhow::Result<ExitCode> {
    let all = sessions.list();
    let current = sessions.current().map(|current| current.key());
    // The one session the command line means, as any other command would pick it; several
    // (flags that leave the user open, say) select none.
    let selected = sessions.select(settings).found;
    let chosen_key = match selected.as_slice() {
        [one] => Some(one.key()),
        _ => None,
    };
    let mut code = if chosen_key.is_some() {
        ExitCode::Success
    } else {
        ExitCode::Auth
    };
    let mut rows = Vec::new();
    for info in &all {
        let chosen = chosen_key.as_deref() == Some(info.key().as_str());
        let validity = if info.is_expired() {
            if chosen {
                code = ExitCode::Auth;
            }
            "expired".to_string()
        } else if args.offline || !chosen {
            "not checked".to_string()
        } else {
            match check(settings, sessions, info) {
                Ok(()) => "accepted by the server".to_string(),
                Err((why, failure)) => {
                    code = failure;
                    why
                }
            }
        };
        rows.push((info, chosen, validity));
    }
    if args.json {
        let list: Vec<Value> = rows
            .iter()
            .map(|(info, chosen, validity)| {
                let is_current = current.as_deref() == Some(info.key().as_str());
                session_json(info, *chosen, is_current, validity)
            })
            .collect();
        out.json_line(&Value::Array(list))?;
    } else if rows.is_empty() {
        out.line("No stored sessions (log in with 'tryton-cli login')")?;
    } else {
        let now = now();
        for (info, chosen, validity) in &rows {
            out.line(session_line(info, *chosen, validity, now))?;
        }
    }
    if selected.len() > 1 {
        log::warn!("several sessions match; select one with --url, -d and -u");
    }
    Ok(code)
}

fn check(
    settings: &Settings,
    sessions: &Sessions,
    info: &SessionInfo,
) -> Result<(), (String, ExitCode)> {
    let token = match sessions.token(info) {
        Ok(Some(token)) => token,
        Ok(None) => return Err(("its token is no longer stored".into(), ExitCode::Auth)),
        Err(err) => return Err((err.to_string(), ExitCode::Auth)),
    };
    let client = info
        .client(settings.client_options(), &token)
        .map_err(|e| (e.to_string(), ExitCode::Usage))?;
    // The cheapest call that needs a valid session.
    match client.call(
        Target::Database(&info.database),
        methods::GET_PREFERENCES,
        &json!([true, {}]),
    ) {
        Ok(_) => Ok(()),
        Err(err) if err.status() == Some(401) => Err((
            "refused by the server (expired or revoked)".into(),
            ExitCode::Auth,
        )),
        Err(err) if err.status() == Some(404) => {
            let code = rpc_exit_code(&err);
            let explained = explain_missing_database(err.into(), &client, &info.database);
            Err((explained.to_string(), code))
        }
        Err(err) => Err((err.to_string(), rpc_exit_code(&err))),
    }
}

/// One session as `status --json` lists it.
fn session_json(info: &SessionInfo, chosen: bool, current: bool, validity: &str) -> Value {
    json!({"url": info.url, "database": info.database, "user": info.login,
        "user_id": info.user_id, "store": info.store.name(), "created": info.created,
        "expires": info.expires, "selected": chosen, "current": current, "status": validity})
}

/// One session as `status` shows it: `*` marks the selected one (the current session unless
/// flags name another).
fn session_line(info: &SessionInfo, chosen: bool, validity: &str, now: u64) -> String {
    let state = if now >= info.expires {
        "expired (log in again)".to_string()
    } else {
        format!("expires in {}: {validity}", span(info.expires - now))
    };
    format!(
        "{} {} database {} as {} (user id {}), in the {} store, logged in {} ago, {state}",
        if chosen { "*" } else { "-" },
        info.url,
        info.database,
        info.login,
        info.user_id,
        info.store.name(),
        span(now.saturating_sub(info.created)),
    )
}

fn span(seconds: u64) -> String {
    match seconds {
        s if s < 120 => format!("{s} s"),
        s if s < 7200 => format!("{} min", s / 60),
        s if s < 172_800 => format!("{} h", s / 3600),
        s => format!("{} days", s / 86_400),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::StoreKind;

    fn info(created: u64, expires: u64) -> SessionInfo {
        SessionInfo {
            url: "http://127.0.0.1:8000".into(),
            database: "tryton".into(),
            login: "admin".into(),
            user_id: 1,
            store: StoreKind::File,
            created,
            expires,
            layout: None,
            context: Value::Null,
            cacert: None,
            insecure: false,
        }
    }

    #[test]
    fn a_session_line_says_where_when_and_whether_it_is_valid() {
        let line = session_line(
            &info(1_000, 1_000 + 3 * 3600),
            true,
            "accepted by the server",
            1_060,
        );
        assert_eq!(
            line,
            "* http://127.0.0.1:8000 database tryton as admin (user id 1), in the file store, \
logged in 60 s ago, expires in 2 h: accepted by the server"
        );
        let line = session_line(&info(1_000, 2_000), false, "expired", 5_000);
        assert!(line.starts_with("- "), "{line}");
        assert!(line.ends_with(", expired (log in again)"), "{line}");
    }

    #[test]
    fn status_json_names_the_store() {
        let value = session_json(&info(1, 2), true, true, "not checked");
        assert_eq!(value["store"], "file");
        assert_eq!(value["selected"], true);
    }
}
