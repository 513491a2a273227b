//! `tryton-cli status`: the stored sessions, and whether the server still accepts them.

use serde_json::{Value, json};

use crate::cli::StatusArgs;
use crate::config::Settings;
use crate::exit::ExitCode;
use crate::rpc::{self, Client, Target};
use crate::session::{SessionInfo, Sessions, now};

pub fn run(settings: &Settings, args: &StatusArgs) -> anyhow::Result<ExitCode> {
    let sessions = Sessions::open(settings.session_store)?;
    let all = sessions.list();
    let selected_url = settings.server_url().ok().map(|u| u.to_string());
    let is_selected = |info: &SessionInfo| {
        selected_url.as_deref().is_none_or(|u| u == info.url)
            && settings
                .database
                .as_deref()
                .is_none_or(|d| d == info.database)
            && settings.user.as_deref().is_none_or(|u| u == info.login)
    };
    let selected: Vec<&SessionInfo> = all.iter().filter(|s| is_selected(s)).collect();
    let mut code = if selected.len() == 1 {
        ExitCode::Success
    } else {
        ExitCode::Auth
    };
    let mut rows = Vec::new();
    for info in &all {
        let chosen = selected.len() == 1 && is_selected(info);
        let validity = if info.is_expired() {
            if chosen {
                code = ExitCode::Auth;
            }
            "expired".to_string()
        } else if args.offline || !chosen {
            "not checked".to_string()
        } else {
            match check(settings, &sessions, info) {
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
                json!({"url": info.url, "database": info.database, "user": info.login,
                    "user_id": info.user_id, "store": info.store, "created": info.created,
                    "expires": info.expires, "selected": chosen, "status": validity})
            })
            .collect();
        println!("{}", Value::Array(list));
    } else if rows.is_empty() {
        println!("No stored sessions (log in with 'tryton-cli login')");
    } else {
        for (info, chosen, validity) in &rows {
            println!(
                "{} {} database {} as {} (user id {}), in the {} store, logged in {} ago, {}: {}",
                if *chosen { "*" } else { "-" },
                info.url,
                info.database,
                info.login,
                info.user_id,
                info.store,
                span(now().saturating_sub(info.created)),
                if info.is_expired() {
                    "expired".to_string()
                } else {
                    format!("expires in {}", span(info.expires - now()))
                },
                validity
            );
        }
    }
    if selected.len() > 1 && !settings.quiet {
        eprintln!("tryton-cli: several sessions match; select one with --url, -d and -u");
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
    let url = rpc::ServerUrl::parse(&info.url).map_err(|e| (e.to_string(), ExitCode::Usage))?;
    let client = Client::new(url, settings.client_options())
        .map_err(|e| (e.to_string(), ExitCode::Usage))?;
    info.attach(&client, &token);
    // The cheapest call that needs a valid session.
    match client.call(
        Target::Database(&info.database),
        "model.res.user.get_preferences",
        &json!([true, {}]),
    ) {
        Ok(_) => Ok(()),
        Err(err) if err.status() == Some(401) => Err((
            "refused by the server (expired or revoked)".into(),
            ExitCode::Auth,
        )),
        Err(err) => Err((err.to_string(), err.exit_code())),
    }
}

fn span(seconds: u64) -> String {
    match seconds {
        s if s < 120 => format!("{s} s"),
        s if s < 7200 => format!("{} min", s / 60),
        s if s < 172_800 => format!("{} h", s / 3600),
        s => format!("{} days", s / 86_400),
    }
}
